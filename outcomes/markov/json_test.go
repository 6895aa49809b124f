package markov

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
)

func TestJSONRoundTrip(t *testing.T) {
	ps := sickSicker(Simpson).Parameters
	b, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	var back []Parameter
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	for i := range ps {
		if ps[i].Name != back[i].Name || ps[i].Dist.Kind != back[i].Dist.Kind || ps[i].Dist.A != back[i].Dist.A {
			t.Errorf("parameter %d: %+v, want %+v", i, back[i], ps[i])
		}
	}
	psa, err := sickSicker(Simpson).Simulate(context.Background(), Simulation{Draws: 50, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(psa)
	if err != nil {
		t.Fatal(err)
	}
	var p2 PSA
	if err := json.Unmarshal(b, &p2); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p2.Cost[3], psa.Cost[3]) || !slices.Equal(p2.Params, psa.Params) {
		t.Error("draws changed in JSON")
	}
	var c Correction
	if err := json.Unmarshal([]byte(`"Simpson's 1/3"`), &c); err != nil || c != Simpson {
		t.Errorf("correction %v %v", c, err)
	}
	if err := json.Unmarshal([]byte(`"trapezium"`), &c); !errors.Is(err, ErrName) {
		t.Errorf("unknown correction: %v", err)
	}
	if _, err := json.Marshal(Correction(0)); !errors.Is(err, ErrCorrection) {
		t.Errorf("unnamed correction: %v", err)
	}
}
