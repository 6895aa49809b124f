package selection

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
	"github.com/opencommissioning/scp/internal/wire/wiretest"
	"github.com/opencommissioning/scp/investment"
)

func TestZeroValuesRoundTrip(t *testing.T) {
	check := func(name string, eq bool) {
		t.Helper()
		if !eq {
			t.Errorf("zero %s does not read back as zero", name)
		}
	}
	check("Problem", gocmp.Equal(wiretest.ReadBack(t, Problem{}), Problem{}))
	check("Item", gocmp.Equal(wiretest.ReadBack(t, Item{}), Item{}))
	check("Stream", gocmp.Equal(wiretest.ReadBack(t, Stream{}), Stream{}))
	check("Selection", gocmp.Equal(wiretest.ReadBack(t, Selection{}), Selection{}))
	check("StreamSpend", gocmp.Equal(wiretest.ReadBack(t, StreamSpend{}), StreamSpend{}))
	check("Progress", wiretest.ReadBack(t, Progress{}) == Progress{})
	check("Point", gocmp.Equal(wiretest.ReadBack(t, Point{}), Point{}))
	check("Portfolio", gocmp.Equal(wiretest.ReadBack(t, Portfolio{}), Portfolio{}))
	check("PortfolioOption", gocmp.Equal(wiretest.ReadBack(t, PortfolioOption{}), PortfolioOption{}))
	o := wiretest.ReadBack(t, Options{NodeLimit: 7, TimeLimit: 3e9})
	check("Options", o.NodeLimit == 7 && o.TimeLimit == 3e9 && o.Progress == nil)
}

// TestProblemAndSelectionRoundTrip writes a problem with every field set
// and its selection, reads them back, and solves the problem read back.
func TestProblemAndSelectionRoundTrip(t *testing.T) {
	p := Problem{Budget: gbp("10", "12.50"),
		Streams: []Stream{{Name: "ring", Budget: gbp("4", "4")}},
		Items: []Item{
			{ID: "a", Costs: gbp("3", "3"), Benefit: 5, Stream: "ring", Mandatory: true},
			{ID: "b", Costs: gbp("4", "0.01"), Benefit: 4.25, Group: "g", Requires: []string{"a"}},
			{ID: "c", Costs: gbp("5", "5"), Benefit: 6, Group: "g"},
		}}
	back := wiretest.ReadBack(t, p)
	if diff := gocmp.Diff(p, back); diff != "" {
		t.Fatalf("Problem round trip (-want +got):\n%s", diff)
	}
	b, _ := json.Marshal(p)
	for _, name := range []string{`"budget":{"2025/26":"10.00","2026/27":"12.50"}`, `"costs":{"2025/26":"4.00","2026/27":"0.01"}`, `"requires":["a"]`, `"mandatory":true`} {
		if !strings.Contains(string(b), name) {
			t.Errorf("JSON %s lacks %s", b, name)
		}
	}
	sel, err := Select(context.Background(), back, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(sel, wiretest.ReadBack(t, sel)); diff != "" {
		t.Errorf("Selection round trip (-want +got):\n%s", diff)
	}
	pts, err := Frontier(context.Background(), p, []float64{0.5, 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(pts, wiretest.ReadBack(t, pts)); diff != "" {
		t.Errorf("frontier round trip (-want +got):\n%s", diff)
	}
}

// TestDecodeErrors checks that a misspelt field or an unreadable value of
// a document is a *FieldError naming its path, prefixed once.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		into      any
		path      string
		want      error
	}{
		{"misspelt item field", `{"budget":{"2025/26":"1"},"items":[{"id":"a","costs":{"2025/26":"1"}},{"id":"b","cost":{"2025/26":"1"}}]}`,
			new(Problem), "items[2].cost", ErrUnknownField},
		{"misspelt top-level field", `{"budgets":{"2025/26":"1"}}`, new(Problem), "budgets", ErrUnknownField},
		{"the old years field", `{"years":{"first":"2025/26","last":"2025/26"},"budget":{"2025/26":"1"}}`, new(Problem), "years", ErrUnknownField},
		{"bad amount", `{"budget":{"2025/26":"1","2026/27":"ten"}}`, new(Problem), "budget[2026/27]", investment.ErrSyntax},
		{"bad year", `{"budget":{"2025/26":"1","2026/72":"1"}}`, new(Problem), "budget[2026/72]", investment.ErrSyntax},
		{"bad cost", `{"items":[{"id":"a","costs":{"2025/26":"1.5.0"}}]}`, new(Problem), "items[1].costs[2025/26]", investment.ErrSyntax},
		{"bad stream budget", `{"streams":[{"name":"s","budget":{"2025/26":"x"}}]}`, new(Problem), "streams[1].budget[2025/26]", investment.ErrSyntax},
		{"bad spend", `{"ids":["a"],"spend":{"2025/26":"£"}}`, new(Selection), "spend[2025/26]", investment.ErrSyntax},
		{"misspelt selection field", `{"ids":["a"],"optimum":true}`, new(Selection), "optimum", ErrUnknownField},
		{"selection inside a point", `{"level":1,"selection":{"nodez":3}}`, new(Point), "selection.nodez", ErrUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if pt, ok := tt.into.(*Point); ok {
				// A Point has no decoder of its own: read it as a document
				// holding a Selection is read, by the strict decoder.
				err = wire.Into([]byte(tt.doc), pt, fieldError)
			} else {
				err = json.Unmarshal([]byte(tt.doc), tt.into)
			}
			checkFieldError(t, err, tt.path, tt.want)
		})
	}
}

func checkFieldError(t *testing.T, err error, path string, want error) {
	t.Helper()
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != path {
		t.Fatalf("error %v, want a *FieldError at %s", err, path)
	}
	if !errors.Is(err, want) {
		t.Errorf("error %v does not wrap %v", err, want)
	}
	if perr := fault.Prefixed(err.Error(), "selection"); perr != nil {
		t.Error(perr)
	}
}

func TestReadPortfolio(t *testing.T) {
	const doc = `{"name":"tiny","years":2,"budgets":[10,20],"groups":["g"],"options":[{"id":"a","costs":[1,2],"benefit":3.5,"group":"g"},{"id":"b","costs":[4,5],"benefit":1}]}`
	pf, err := ReadPortfolio(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	p, err := pf.Problem(2025)
	if err != nil {
		t.Fatal(err)
	}
	want := Problem{Budget: gbp("10000", "20000"), Items: []Item{
		{ID: "a", Costs: gbp("1000", "2000"), Benefit: 3.5, Group: "g"},
		{ID: "b", Costs: gbp("4000", "5000"), Benefit: 1},
	}}
	if diff := gocmp.Diff(want, p); diff != "" {
		t.Errorf("Problem (-want +got):\n%s", diff)
	}
	_, err = ReadPortfolio(strings.NewReader(`{"budgets":[1],"options":[{"id":"a","cost":[1]}]}`))
	checkFieldError(t, err, "options[1].cost", ErrUnknownField)
	_, err = Portfolio{Years: 3, Budgets: []int64{1, 2}}.Problem(2025)
	checkFieldError(t, err, "budgets", ErrBudgetLength)
	_, err = Portfolio{Budgets: []int64{1, 2}, Options: []PortfolioOption{{ID: "a", Costs: []int64{1, 1}}, {ID: "b", Costs: []int64{1}}}}.Problem(2025)
	checkFieldError(t, err, "options[2].costs", ErrCostsLength)
	_, err = Portfolio{}.Problem(2025)
	checkFieldError(t, err, "budgets", ErrNoYears)
	_, err = Portfolio{Budgets: []int64{1}, Options: []PortfolioOption{{ID: "a", Costs: []int64{1 << 62}}}}.Problem(2025)
	checkFieldError(t, err, "options[1].costs[1]", ErrRange)
}
