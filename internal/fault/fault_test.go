package fault

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestPrefixed(t *testing.T) {
	for _, tc := range []struct {
		msg, pkg string
		ok       bool
	}{
		{"needs: line 3: value is NaN or infinite", "needs", true},
		{"commissioning: option \"a\": investment: GBP(\"x\"): invalid syntax", "commissioning", true},
		{"needs: line 3: needs: value is NaN or infinite", "needs", false},
		{"value is NaN or infinite", "needs", false},
		{"investment: needs: x", "needs", false},
		{"forecast: unmet needs: x", "needs", false},
	} {
		if err := Prefixed(tc.msg, tc.pkg); (err == nil) != tc.ok {
			t.Errorf("Prefixed(%q, %q) = %v, want ok %v", tc.msg, tc.pkg, err, tc.ok)
		}
	}
}

func TestCheckFinite(t *testing.T) {
	if err := CheckFinite("outcomes", "qaly", 1e308); err != nil {
		t.Errorf("CheckFinite(1e308) = %v", err)
	}
	for _, v := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		err := CheckFinite("outcomes", "frontier[2].icer", v)
		if !errors.Is(err, ErrNotFinite) || Prefixed(err.Error(), "outcomes") != nil || !strings.Contains(err.Error(), "frontier[2].icer") {
			t.Errorf("CheckFinite(%v) = %v", v, err)
		}
	}
	if Finite(1, math.NaN()) || !Finite(1, -math.MaxFloat64) {
		t.Error("Finite")
	}
}
