package wire

import (
	"errors"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/shopspring/decimal"
)

// TestReasons: a value of the wrong JSON type, and a decimal that does not
// decode, are reported at their path wrapping fault.ErrSyntax, without the
// decimal library's message.
func TestReasons(t *testing.T) {
	var v struct {
		N float64         `json:"n"`
		D decimal.Decimal `json:"d"`
	}
	for _, tc := range []struct{ doc, path string }{
		{`{"n":"high"}`, "n"},
		{`{"d":"3 %"}`, "d"},
		{`{"d":{}}`, "d"},
	} {
		err := Decode([]byte(tc.doc), &v)
		var we *Error
		if !errors.As(err, &we) || we.Path != tc.path || !errors.Is(err, fault.ErrSyntax) {
			t.Errorf("Decode(%s) = %v, want invalid syntax at %s", tc.doc, err, tc.path)
			continue
		}
		if strings.Contains(err.Error(), "can't convert") {
			t.Errorf("Decode(%s) = %v: the decimal library's message", tc.doc, err)
		}
	}
}
