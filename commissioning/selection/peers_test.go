//go:build !race

package selection

import (
	"context"
	"math"
	"testing"
)

// TestSelectPeerN200 reproduces the proven optimum of the performance
// peers' 200-option instance: 140,423.618 with 64 options chosen (HiGHS,
// CBC and GLPK agree; shared/peers/README.md, portfolio selection
// baselines). It takes seconds, so it is skipped in -short mode and under
// the race detector; n = 20 and thousands of enumerated instances cover
// the same code there.
func TestSelectPeerN200(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds-long proof")
	}
	got, err := Select(context.Background(), loadPeer(t, 200), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Optimal || math.Abs(got.Benefit-140423.618) > 1e-6 || len(got.IDs) != 64 {
		t.Errorf("Select(portfolio_n200) = %.3f with %d chosen, optimal %v; want 140,423.618 with 64, optimal", got.Benefit, len(got.IDs), got.Optimal)
	}
}
