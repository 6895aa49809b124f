package mcda_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	mcda "github.com/opencommissioning/scp/commissioning/mcda"
	"github.com/opencommissioning/scp/internal/fault"
)

// decodedTypes are the package's types that read themselves from JSON.
var decodedTypes = []func() any{
	func() any { return new(mcda.Matrix) },
	func() any { return new(mcda.Ranking) },
	func() any { return new(mcda.Priorities) },
}

// FuzzDecodeDocuments checks every type of the package that reads itself
// from JSON: on valid JSON it either fails with an error that starts with
// the package prefix once and wraps a reason, or decodes to a value that
// marshals, reads back and marshals to the same bytes.
func FuzzDecodeDocuments(f *testing.F) {
	f.Add(uint8(0), []byte(`{"criteria":[{"id":"c","direction":"higher","swing":1}],"alternatives":[{"id":"a","performance":[1]},{"id":"b","performance":[2]}]}`))
	f.Add(uint8(1), []byte(`{"weights":[0.5,0.5],"lambdaMax":2}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		if !json.Valid(data) {
			return // encoding/json refuses it before any decoder of the package runs
		}
		newValue := decodedTypes[int(kind)%len(decodedTypes)]
		v := newValue()
		if err := json.Unmarshal(data, v); err != nil {
			if perr := fault.Prefixed(err.Error(), "mcda"); perr != nil {
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

// FuzzParseText checks the package's parsers of text: each either refuses
// the text with an error that starts with the package prefix once and
// wraps a reason, or returns a value whose String parses back to it.
func FuzzParseText(f *testing.F) {
	for i, s := range []string{"", "x", "2022/23", "£000", "higher", " FY 2022–23", "\xff", "−1"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, s string) {
		if err := parseText(int(kind)%2, s); err != nil {
			t.Fatalf("parser %d, %q: %v", int(kind)%2, s, err)
		}
	})
}

// parseText runs parser k on s and reports a broken property.
func parseText(k int, s string) error {
	check := func(v any, err error, parse func(string) (any, error)) error {
		if err != nil {
			if perr := fault.Prefixed(err.Error(), "mcda"); perr != nil {
				return perr
			}
			if errors.Unwrap(err) == nil {
				return errors.New("error wraps no reason: " + err.Error())
			}
			return nil
		}
		str, ok := v.(interface{ String() string })
		if !ok {
			return nil
		}
		back, err := parse(str.String())
		if err != nil {
			return errors.New(str.String() + " does not parse back: " + err.Error())
		}
		if back != v {
			return errors.New(str.String() + " parses back to another value")
		}
		return nil
	}
	switch k {
	case 0:
		v, err := parseDirection(s)
		return check(v, err, func(x string) (any, error) { return parseDirection(x) })
	case 1:
		v, err := parseNormalisation(s)
		return check(v, err, func(x string) (any, error) { return parseNormalisation(x) })
	}
	return nil
}

func parseDirection(s string) (mcda.Direction, error) {
	var d mcda.Direction
	err := d.UnmarshalText([]byte(s))
	return d, err
}

func parseNormalisation(s string) (mcda.Normalisation, error) {
	var n mcda.Normalisation
	err := n.UnmarshalText([]byte(s))
	return n, err
}
