package pbma

import (
	"errors"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// TestErrorsPrefixed provokes a representative failure of every exported
// entry point that returns an error and checks that the message carries
// the package prefix exactly once and that errors.Is reaches the reason.
// (TestAnalyseBadInput checks the prefix on every invalid exercise too.)
func TestErrorsPrefixed(t *testing.T) {
	bad := func() Exercise {
		return Exercise{
			Programmes: []Programme{{ID: "P", Spend: gbp("100")}},
			WishList:   []Proposal{{ID: "w1", Programme: "P", Cost: gbp("10"), Benefit: 1}, {ID: "w2", Programme: "P", Cost: gbp("-1"), Benefit: 1}},
		}
	}
	tests := []struct {
		name string
		err  func() error
		want error
	}{
		{"Exercise.Validate", func() error { return bad().Validate() }, ErrNegative},
		{"Exercise.Validate, no programmes", func() error { return Exercise{}.Validate() }, ErrNoProgrammes},
		{"Analyse", func() error { _, err := Analyse(bad()); return err }, ErrNegative},
		{"Reason.UnmarshalText", func() error { var r Reason; return r.UnmarshalText([]byte("because")) }, ErrUnknownName},
		{"Reason.MarshalText", func() error { _, err := Reason(0).MarshalText(); return err }, ErrUnknownName},
		{"Exercise.UnmarshalJSON", func() error { var e Exercise; return e.UnmarshalJSON([]byte(`{"wishlists":[]}`)) }, ErrUnknownField},
		{"Recommendation.UnmarshalJSON", func() error {
			var r Recommendation
			return r.UnmarshalJSON([]byte(`{"retained":[{"reason":"why not"}]}`))
		}, ErrUnknownName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if perr := fault.Prefixed(err.Error(), "pbma"); perr != nil {
				t.Error(perr)
			}
		})
	}
}
