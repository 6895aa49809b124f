package selection_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	selection "github.com/opencommissioning/scp/commissioning/selection"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

// decodedTypes are the package's types that read themselves from JSON.
var decodedTypes = []func() any{
	func() any { return new(selection.Problem) },
	func() any { return new(selection.Selection) },
}

// FuzzDecodeDocuments checks every type of the package that reads itself
// from JSON: on valid JSON it either fails with an error that starts with
// the package prefix once and wraps a reason, or decodes to a value that
// marshals, reads back and marshals to the same bytes.
func FuzzDecodeDocuments(f *testing.F) {
	f.Add(uint8(0), []byte(`{"budget":{"first":"2024/25","amounts":["100"]},"items":[{"id":"a","benefit":1,"costs":{"first":"2024/25","amounts":["50"]}}]}`))
	f.Add(uint8(1), []byte(`{}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		if !json.Valid(data) {
			return // encoding/json refuses it before any decoder of the package runs
		}
		newValue := decodedTypes[int(kind)%len(decodedTypes)]
		v := newValue()
		if err := json.Unmarshal(data, v); err != nil {
			if perr := fault.Prefixed(err.Error(), "selection"); perr != nil {
				t.Fatalf("%T from %s: %v", v, data, perr)
			}
			if errors.Unwrap(err) == nil {
				t.Fatalf("%T from %s: error %v wraps no reason", v, data, err)
			}
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%T decoded from %s does not marshal: %v", v, data, err)
		}
		w := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		if err := json.Unmarshal(b, w); err != nil {
			t.Fatalf("%T: %s, marshalled from %s, does not read back: %v", v, b, data, err)
		}
		if b2, err := json.Marshal(w); err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("%T: marshalled %s, then %s (%v)", v, b, b2, err)
		}
	})
}

// FuzzReadPortfolio checks that any portfolio document either fails with a
// prefixed error that wraps a reason, or reads, converts to a problem or
// fails to with such an error.
func FuzzReadPortfolio(f *testing.F) {
	f.Add([]byte(`{"name":"p","years":1,"budgets":[100],"options":[{"id":"a","costs":[10],"benefit":5}]}`))
	f.Add([]byte(`{"options":[{"id":"a","costs":[1e300],"benefit":1e308}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := selection.ReadPortfolio(bytes.NewReader(data))
		if err == nil {
			_, err = pf.Problem(investment.FinancialYear(2024))
			if err == nil {
				return
			}
		}
		if perr := fault.Prefixed(err.Error(), "selection"); perr != nil || errors.Unwrap(err) == nil {
			t.Fatalf("%s: %v (%v)", data, err, perr)
		}
	})
}
