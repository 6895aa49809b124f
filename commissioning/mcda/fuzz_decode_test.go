package mcda_test

import (
	"encoding/json"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

	mcda "github.com/opencommissioning/scp/commissioning/mcda"
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
		if err := wiretest.DecodeProperty("mcda", decodedTypes[int(kind)%len(decodedTypes)], data); err != nil {
			t.Fatal(err)
		}
	})
}

// parsers are the package's parsers of text, each a func(string) (T, error).
var parsers = []any{
	parseDirection,
	parseNormalisation,
}

// FuzzParseText checks the package's parsers of text: each either refuses
// the text with an error that starts with the package prefix once and
// wraps a reason, or returns a value whose String parses back to it.
func FuzzParseText(f *testing.F) {
	for i, s := range []string{"", "x", "2022/23", "£000", "higher", " FY 2022–23", "\xff", "−1"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, s string) {
		if err := wiretest.ParseProperty("mcda", parsers[int(kind)%len(parsers)], s); err != nil {
			t.Fatal(err)
		}
	})
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
