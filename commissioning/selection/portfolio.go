package selection

import (
	"fmt"
	"io"
	"strconv"

	"github.com/opencommissioning/scp/internal/wire"
	"github.com/opencommissioning/scp/investment"
)

// Portfolio is a portfolio-selection instance in the format of the
// performance peers' instance generator (gen_instances.py), which the
// package's benchmarks and the selectionbench program read to compare
// [Select] with mixed-integer solvers on the same files. It is an external
// format with its own field names, not the JSON form of a [Problem]:
// integer costs in £ thousand per year, benefits in £ thousand, one budget
// per year, an optional exclusive group per option.
type Portfolio struct {
	Name        string            `json:"name"`
	Seed        int64             `json:"seed,omitempty"`        // the generator's seed
	Generator   string            `json:"generator,omitempty"`   // the program that wrote the file
	Description string            `json:"description,omitempty"` // the model, in words
	Units       map[string]string `json:"units,omitempty"`       // units of costs and benefits, in words
	Years       int               `json:"years,omitempty"`       // number of budget years; 0: len(Budgets)
	Budgets     []int64           `json:"budgets"`               // £ thousand, one per year
	Groups      []string          `json:"groups,omitempty"`      // the exclusive groups' names
	Options     []PortfolioOption `json:"options"`
}

// PortfolioOption is one option of a [Portfolio].
type PortfolioOption struct {
	ID      string  `json:"id"`
	Costs   []int64 `json:"costs"`           // £ thousand, one per year
	Benefit float64 `json:"benefit"`         // £ thousand
	Group   string  `json:"group,omitempty"` // exclusive group, if any
}

// ReadPortfolio reads a portfolio instance. A field the format does not
// have is a [*FieldError] wrapping [ErrUnknownField] with its path
// (options[3].cost), as is a value of the wrong type.
func ReadPortfolio(r io.Reader) (Portfolio, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Portfolio{}, fmt.Errorf("selection: reading a portfolio: %w", err)
	}
	var pf Portfolio
	if err := wire.Into(data, &pf, fieldError); err != nil {
		return Portfolio{}, err
	}
	return pf, nil
}

// Problem returns the portfolio as a [Problem] whose budget years start at
// first: the budgets and each option's costs become flows anchored there,
// £ thousand become exact [investment.Money]. A portfolio without budgets
// is an error wrapping [ErrNoYears]; a year count that disagrees with the
// budgets, [ErrBudgetLength]; an option without one cost per year,
// [ErrCostsLength]; an amount beyond [MaxAmount], [ErrRange] (each a
// [*FieldError] naming the field). Everything else is left to [Select] to
// check.
func (pf Portfolio) Problem(first investment.FinancialYear) (Problem, error) {
	if len(pf.Budgets) == 0 {
		return Problem{}, &FieldError{Path: "budgets", Err: ErrNoYears}
	}
	if pf.Years != 0 && pf.Years != len(pf.Budgets) {
		return Problem{}, &FieldError{Path: "budgets", Err: fmt.Errorf("%d budgets for %d years: %w", len(pf.Budgets), pf.Years, ErrBudgetLength)}
	}
	const unit = 100_000 // pence in £ thousand
	thousands := func(path string, v int64) (investment.Money, error) {
		if v > maxPence/unit || v < -maxPence/unit {
			return investment.Money{}, &FieldError{Path: path, Err: fmt.Errorf("£%d thousand: %w", v, ErrRange)}
		}
		return investment.FromPence(v * unit), nil
	}
	budget := make([]investment.Money, len(pf.Budgets))
	for y, b := range pf.Budgets {
		var err error
		if budget[y], err = thousands("budgets["+strconv.Itoa(y+1)+"]", b); err != nil {
			return Problem{}, err
		}
	}
	p := Problem{Budget: investment.FlowFrom(first, budget...), Items: make([]Item, len(pf.Options))}
	for i, o := range pf.Options {
		at := "options[" + strconv.Itoa(i+1) + "].costs"
		if len(o.Costs) != len(pf.Budgets) {
			return Problem{}, &FieldError{Path: at, Err: fmt.Errorf("%d costs for %d years: %w", len(o.Costs), len(pf.Budgets), ErrCostsLength)}
		}
		costs := make([]investment.Money, len(o.Costs))
		for y, c := range o.Costs {
			var err error
			if costs[y], err = thousands(at+"["+strconv.Itoa(y+1)+"]", c); err != nil {
				return Problem{}, err
			}
		}
		p.Items[i] = Item{ID: o.ID, Benefit: o.Benefit, Group: o.Group, Costs: investment.FlowFrom(first, costs...)}
	}
	return p, nil
}
