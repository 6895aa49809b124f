package selection_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

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
		if err := wiretest.DecodeProperty("selection", decodedTypes[int(kind)%len(decodedTypes)], data); err != nil {
			t.Fatal(err)
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
