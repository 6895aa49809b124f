package outcomes_test

import (
	"encoding/json"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

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
		if err := wiretest.DecodeProperty("outcomes", decodedTypes[int(kind)%len(decodedTypes)], data); err != nil {
			t.Fatal(err)
		}
	})
}

// parsers are the package's parsers of text, each a func(string) (T, error).
var parsers = []any{
	outcomes.ParseDirection,
	outcomes.ParseScale,
	outcomes.ParseShape,
	outcomes.ParseStatus,
	outcomes.ParseBasis,
	outcomes.ParseTarget,
	outcomes.ParseDominance,
	outcomes.ParseQuadrant,
	outcomes.ParseVerdict,
	outcomes.ParseAssumption,
	outcomes.ParseReductions,
}

// FuzzParseText checks the package's parsers of text: each either refuses
// the text with an error that starts with the package prefix once and
// wraps a reason, or returns a value whose String parses back to it.
func FuzzParseText(f *testing.F) {
	for i, s := range []string{"", "x", "2022/23", "£000", "higher", " FY 2022–23", "\xff", "−1"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, s string) {
		if err := wiretest.ParseProperty("outcomes", parsers[int(kind)%len(parsers)], s); err != nil {
			t.Fatal(err)
		}
	})
}
