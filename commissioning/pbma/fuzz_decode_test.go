package pbma_test

import (
	"encoding/json"
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"

	pbma "github.com/opencommissioning/scp/commissioning/pbma"
)

// decodedTypes are the package's types that read themselves from JSON.
var decodedTypes = []func() any{
	func() any { return new(pbma.Exercise) },
	func() any { return new(pbma.Recommendation) },
}

// FuzzDecodeDocuments checks every type of the package that reads itself
// from JSON: on valid JSON it either fails with an error that starts with
// the package prefix once and wraps a reason, or decodes to a value that
// marshals, reads back and marshals to the same bytes.
func FuzzDecodeDocuments(f *testing.F) {
	f.Add(uint8(0), []byte(`{"programmes":[{"id":"p","spend":"100"}],"wishList":[{"id":"w","programme":"p","cost":"10","benefit":5}],"hitList":[{"id":"h","programme":"p","saving":"10","benefitLost":1}],"headroom":"0"}`))
	f.Add(uint8(1), []byte(`{"unfunded":[{"proposal":"a","reason":"because"}]}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		if !json.Valid(data) {
			return // encoding/json refuses it before any decoder of the package runs
		}
		if err := wiretest.DecodeProperty("pbma", decodedTypes[int(kind)%len(decodedTypes)], data); err != nil {
			t.Fatal(err)
		}
	})
}

// parsers are the package's parsers of text, each a func(string) (T, error).
var parsers = []any{
	parseReason,
}

// FuzzParseText checks the package's parsers of text: each either refuses
// the text with an error that starts with the package prefix once and
// wraps a reason, or returns a value whose String parses back to it.
func FuzzParseText(f *testing.F) {
	for i, s := range []string{"", "x", "2022/23", "£000", "higher", " FY 2022–23", "\xff", "−1"} {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, kind uint8, s string) {
		if err := wiretest.ParseProperty("pbma", parsers[int(kind)%len(parsers)], s); err != nil {
			t.Fatal(err)
		}
	})
}

func parseReason(s string) (pbma.Reason, error) {
	var r pbma.Reason
	err := r.UnmarshalText([]byte(s))
	return r, err
}
