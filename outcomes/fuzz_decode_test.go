package outcomes_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	outcomes "github.com/opencommissioning/scp/outcomes"
)

// decodedTypes are the package's types that read themselves from JSON.
var decodedTypes = []func() any{
	func() any { return new(outcomes.SROI) },
	func() any { return new(outcomes.Valuation) },
	func() any { return new(outcomes.Draws) },
	func() any { return new(outcomes.Tolerance) },
	func() any { return new(outcomes.Curve) },
	func() any { return new(outcomes.Framework) },
	func() any { return new(outcomes.LogicModel) },
	func() any { return new(outcomes.Measures) },
	func() any { return new(outcomes.Trajectory) },
	func() any { return new(outcomes.Table) },
}

// FuzzDecodeDocuments checks every type of the package that reads itself
// from JSON: on valid JSON it either fails with an error that starts with
// the package prefix once and wraps a reason, or decodes to a value that
// marshals, reads back and marshals to the same bytes.
func FuzzDecodeDocuments(f *testing.F) {
	f.Add(uint8(0), []byte(`{"inputs":"10000","rate":"3.5%","impacts":[{"id":"a","quantity":10,"proxy":"100","duration":3}]}`))
	f.Add(uint8(1), []byte(`{"inputs":"1","rate":3}`))
	f.Add(uint8(2), []byte(`{"id":"a","costs":[1,2],"effects":[0.1,0.2]}`))
	f.Add(uint8(3), []byte(`{"green":1,"amber":2}`))
	f.Add(uint8(4), []byte(`{"ids":["A"],"points":[{"lambda":"1","probabilities":[1],"meanNMB":[0]}]}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		if !json.Valid(data) {
			return // encoding/json refuses it before any decoder of the package runs
		}
		newValue := decodedTypes[int(kind)%len(decodedTypes)]
		v := newValue()
		if err := json.Unmarshal(data, v); err != nil {
			if perr := fault.Prefixed(err.Error(), "outcomes"); perr != nil {
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
		if err := parseText(int(kind)%11, s); err != nil {
			t.Fatalf("parser %d, %q: %v", int(kind)%11, s, err)
		}
	})
}

// parseText runs parser k on s and reports a broken property.
func parseText(k int, s string) error {
	check := func(v any, err error, parse func(string) (any, error)) error {
		if err != nil {
			if perr := fault.Prefixed(err.Error(), "outcomes"); perr != nil {
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
		v, err := outcomes.ParseDirection(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseDirection(x) })
	case 1:
		v, err := outcomes.ParseScale(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseScale(x) })
	case 2:
		v, err := outcomes.ParseShape(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseShape(x) })
	case 3:
		v, err := outcomes.ParseStatus(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseStatus(x) })
	case 4:
		v, err := outcomes.ParseBasis(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseBasis(x) })
	case 5:
		v, err := outcomes.ParseTarget(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseTarget(x) })
	case 6:
		v, err := outcomes.ParseDominance(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseDominance(x) })
	case 7:
		v, err := outcomes.ParseQuadrant(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseQuadrant(x) })
	case 8:
		v, err := outcomes.ParseVerdict(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseVerdict(x) })
	case 9:
		v, err := outcomes.ParseAssumption(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseAssumption(x) })
	case 10:
		v, err := outcomes.ParseReductions(s)
		return check(v, err, func(x string) (any, error) { return outcomes.ParseReductions(x) })
	}
	return nil
}
