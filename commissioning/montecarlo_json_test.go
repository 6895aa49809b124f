package commissioning

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// TestSimulationResultJSON checks that a Monte Carlo result, acceptability
// curve included, round-trips through JSON without loss.
func TestSimulationResultJSON(t *testing.T) {
	cheap := Option{ID: "cheap", Revenue: gbp("1000"), Effects: []float64{0.1}}
	dear := Option{ID: "dear", Revenue: gbp("5000"), Effects: []float64{0.3}}
	eff, err := NewNormal(1, 0.3)
	if err != nil {
		t.Fatal(err)
	}
	lambdas := []investment.Money{investment.MustGBP("0"), investment.MustGBP("20000"), investment.MustGBP("30000.50")}
	tests := []struct {
		name string
		sim  Simulation
		ceac bool
	}{
		{"with CEAC", Simulation{Inputs: []Input{{Name: "effect", Option: "dear", Lines: Effects, Dist: eff}}, Draws: 200, Seed: 5, Lambdas: lambdas}, true},
		{"with CEAC and draws", Simulation{Inputs: []Input{{Name: "effect", Option: "dear", Lines: Effects, Dist: eff}}, Draws: 50, Seed: 9, Lambdas: lambdas[1:], KeepDraws: true}, true},
		{"without CEAC", Simulation{Inputs: []Input{{Name: "effect", Option: "dear", Lines: Effects, Dist: eff}}, Draws: 100, Seed: 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Appraiser{}.Simulate(context.Background(), []Option{cheap, dear}, tt.sim)
			if err != nil {
				t.Fatal(err)
			}
			if (res.CEAC != nil) != tt.ceac {
				t.Fatalf("CEAC = %v, want one: %v", res.CEAC, tt.ceac)
			}
			b, err := json.Marshal(res)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(b), `"ceac":{"ids":["cheap","dear"],"points":[`); got != tt.ceac {
				t.Errorf("JSON has a ceac object: %v, want %v:\n%s", got, tt.ceac, b)
			}
			var got SimulationResult
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", b, err)
			}
			if d := cmp.Diff(res, got, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("round trip (-want +got):\n%s", d)
			}
			if tt.ceac {
				for i := range res.CEAC.Len() {
					if got.CEAC.Optimal(i) != res.CEAC.Optimal(i) {
						t.Errorf("λ %v: decoded optimal %d, want %d", res.CEAC.Lambda(i), got.CEAC.Optimal(i), res.CEAC.Optimal(i))
					}
				}
			}
			b2, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			if string(b2) != string(b) {
				t.Errorf("marshalled again:\n%s\nfirst:\n%s", b2, b)
			}
		})
	}
}

// TestSimulationResultJSONBadCEAC checks that a result whose curve is
// invalid is refused with the outcomes package's error.
func TestSimulationResultJSONBadCEAC(t *testing.T) {
	tests := []struct {
		name string
		json string
		want error
	}{
		{"probability above 1", `{"draws":1,"seed":0,"options":[],"ceac":{"ids":["a"],"points":[{"lambda":"0","probabilities":[2],"meanNMB":[0]}]}}`, outcomes.ErrShare},
		{"no alternatives", `{"draws":1,"seed":0,"options":[],"ceac":{"ids":[],"points":[]}}`, outcomes.ErrNoAlternatives},
		{"negative lambda", `{"draws":1,"seed":0,"options":[],"ceac":{"ids":["a"],"points":[{"lambda":"-5","probabilities":[1],"meanNMB":[0]}]}}`, outcomes.ErrLambda},
	}
	for _, tt := range tests {
		var r SimulationResult
		if err := json.Unmarshal([]byte(tt.json), &r); !isErr(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
	}
}
