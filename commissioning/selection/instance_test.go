package selection

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

// peerInstance is the portfolio format of the performance peers
// (gen_instances.py): integer costs in £ thousand per year, benefits in
// £ thousand, budgets per year, optional exclusive group per option.
type peerInstance struct {
	Name    string  `json:"name"`
	Budgets []int64 `json:"budgets"`
	Options []struct {
		ID      string  `json:"id"`
		Costs   []int64 `json:"costs"`
		Benefit float64 `json:"benefit"`
		Group   string  `json:"group"`
	} `json:"options"`
}

// loadPeer reads testdata/portfolio_n<n>.json as a Problem over 2025/26 on.
func loadPeer(tb testing.TB, n int) Problem {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", fmt.Sprintf("portfolio_n%d.json", n)))
	if err != nil {
		tb.Fatal(err)
	}
	var in peerInstance
	if err := json.Unmarshal(data, &in); err != nil {
		tb.Fatal(err)
	}
	k := func(v int64) investment.Money { return investment.FromPence(v * 100_000) }
	p := Problem{Years: investment.NewYears(2025, len(in.Budgets))}
	for _, b := range in.Budgets {
		p.Budget = append(p.Budget, k(b))
	}
	for _, o := range in.Options {
		it := Item{ID: o.ID, Benefit: o.Benefit, Group: o.Group}
		for _, c := range o.Costs {
			it.Costs = append(it.Costs, k(c))
		}
		p.Items = append(p.Items, it)
	}
	return p
}
