package fault

import "testing"

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
