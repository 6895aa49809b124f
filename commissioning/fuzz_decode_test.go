package commissioning_test

import (
	"encoding/json"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

	commissioning "github.com/opencommissioning/scp/commissioning"
)

// decodedTypes are the package's types that read themselves from JSON.
var decodedTypes = []func() any{
	func() any { return new(commissioning.Plan) },
	func() any { return new(commissioning.Option) },
	func() any { return new(commissioning.Cycle) },
	func() any { return new(commissioning.LongList) },
	func() any { return new(commissioning.ShortList) },
	func() any { return new(commissioning.Simulation) },
	func() any { return new(commissioning.SimulationResult) },
	func() any { return new(commissioning.Appraisal) },
	func() any { return new(commissioning.Round) },
	func() any { return new(commissioning.Inputs) },
	func() any { return new(commissioning.Assessment) },
	func() any { return new(commissioning.Strategy) },
	func() any { return new(commissioning.Commitments) },
	func() any { return new(commissioning.Review) },
}

// FuzzDecodeDocuments checks every type of the package that reads itself
// from JSON: on valid JSON it either fails with an error that starts with
// the package prefix once and wraps a reason, or decodes to a value that
// marshals, reads back and marshals to the same bytes.
func FuzzDecodeDocuments(f *testing.F) {
	f.Add(uint8(0), []byte(`{"id":"a","title":"A","costs":{"first":"2024/25","amounts":["1000"]}}`))
	f.Add(uint8(1), []byte(`{}`))
	f.Add(uint8(2), []byte(`{"options":[{"id":"a"}]}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		if !json.Valid(data) {
			return // encoding/json refuses it before any decoder of the package runs
		}
		if err := wiretest.DecodeProperty("commissioning", decodedTypes[int(kind)%len(decodedTypes)], data); err != nil {
			t.Fatal(err)
		}
	})
}

// parsers are the package's parsers of text, each a func(string) (T, error).
var parsers = []any{
	commissioning.ParseKind,
	commissioning.ParseDimension,
	commissioning.ParseVerdict,
	commissioning.ParseCategory,
	commissioning.ParseMeasure,
	commissioning.ParseStage,
}

// FuzzParseText checks the package's parsers of text: each either refuses
// the text with an error that starts with the package prefix once and
// wraps a reason, or returns a value whose String parses back to it.
func FuzzParseText(f *testing.F) {
	for i, s := range []string{"", "x", "2022/23", "£000", "higher", " FY 2022–23", "\xff", "−1"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, s string) {
		if err := wiretest.ParseProperty("commissioning", parsers[int(kind)%len(parsers)], s); err != nil {
			t.Fatal(err)
		}
	})
}
