package commissioning

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// DefaultEta is the elasticity of marginal utility of income that the
// Green Book (2022, Annex A3) uses for distributional weights; it suggests
// sensitivity tests at 0.8 and 2.0.
const DefaultEta = 1.3

// DistributionalWeight returns the Green Book weight of a benefit to
// people with income y, against reference income yRef (usually the median
// equivalised household income):
//
//	w = (yRef / y)^η
//
// so a benefit to a household on half the median income counts
// 2^1.3 ≈ 2.462 times as much. Incomes must be positive and finite
// ([ErrIncome], [ErrNotFinite]) and η positive ([ErrEta]), and a weight
// that leaves the range of float64 (zero or infinite, from incomes far
// apart) is an error wrapping [ErrNotFinite]; errors are [*FieldError]
// values.
func DistributionalWeight(y, yRef, eta float64) (float64, error) {
	for _, v := range [...]struct {
		name string
		x    float64
	}{{"Income", y}, {"Reference", yRef}, {"Eta", eta}} {
		if math.IsNaN(v.x) || math.IsInf(v.x, 0) {
			return 0, &FieldError{Field: v.name, Err: ErrNotFinite}
		}
	}
	if y <= 0 {
		return 0, &FieldError{Field: "income", Err: fmt.Errorf("%v: %w", y, ErrIncome)}
	}
	if yRef <= 0 {
		return 0, &FieldError{Field: "reference", Err: fmt.Errorf("%v: %w", yRef, ErrIncome)}
	}
	if eta <= 0 {
		return 0, &FieldError{Field: "eta", Err: fmt.Errorf("%v: %w", eta, ErrEta)}
	}
	w := math.Pow(yRef/y, eta)
	if math.IsNaN(w) || math.IsInf(w, 0) || w == 0 {
		// The ratio of incomes, raised to η, leaves float64: far outside
		// any income distribution.
		return 0, &FieldError{Field: "weight", Err: fmt.Errorf("(%v / %v)^%v beyond float64: %w", yRef, y, eta, ErrNotFinite)}
	}
	return w, nil
}

// IncomeGroup is a group of beneficiaries by income, such as an income
// quintile, with its representative (mean equivalised) income in pounds a
// year.
type IncomeGroup struct {
	Name   string  `json:"name"`
	Income float64 `json:"income"`
}

// GroupShare is the share of an option's benefits that goes to one income
// group.
type GroupShare struct {
	Group string  `json:"group"`
	Share float64 `json:"share"`
}

// Equity holds the settings for distributional weighting: η (zero means
// [DefaultEta]), the reference income, and the income groups that options'
// benefit shares refer to.
type Equity struct {
	Eta       float64       `json:"eta,omitempty"`
	Reference float64       `json:"reference"`
	Groups    []IncomeGroup `json:"groups"`
}

// eta returns η with the default applied.
func (e Equity) eta() float64 {
	if e.Eta == 0 {
		return DefaultEta
	}
	return e.Eta
}

// Weights returns the weight of each group, by name. Group names must be
// non-empty and distinct; the errors are those of [DistributionalWeight]
// and [ErrEmptyID] or [ErrDuplicateID], in a [*FieldError].
func (e Equity) Weights() (map[string]float64, error) {
	w := make(map[string]float64, len(e.Groups))
	for i, g := range e.Groups {
		f := "groups[" + strconv.Itoa(i+1) + "]"
		if g.Name == "" {
			return nil, &FieldError{Field: f + ".name", Err: ErrEmptyID}
		}
		if _, dup := w[g.Name]; dup {
			return nil, &FieldError{Field: f + ".name", Err: fmt.Errorf("%q: %w", g.Name, ErrDuplicateID)}
		}
		x, err := DistributionalWeight(g.Income, e.Reference, e.eta())
		if err != nil {
			var fe *FieldError
			if errors.As(err, &fe) {
				fe.Field = f + "." + fe.Field
			}
			return nil, err
		}
		w[g.Name] = x
	}
	return w, nil
}

// Factor returns the weighted share Σ shareᵢ × wᵢ by which an option's
// benefits are multiplied when they are shared among groups as given.
// Shares must be finite, non-negative, sum to 1 (within 1e-9) and name
// known groups ([ErrShares], [ErrNotFinite], [ErrUnknownID]).
func (e Equity) Factor(shares []GroupShare) (float64, error) {
	w, err := e.Weights()
	if err != nil {
		return 0, err
	}
	return factorWith(w, shares)
}

func factorWith(w map[string]float64, shares []GroupShare) (float64, error) {
	sum, f := 0.0, 0.0
	for i, s := range shares {
		field := "beneficiaries[" + strconv.Itoa(i+1) + "]"
		wi, ok := w[s.Group]
		if !ok {
			return 0, &FieldError{Field: field + ".group", Err: fmt.Errorf("%q: %w", s.Group, ErrUnknownID)}
		}
		if math.IsNaN(s.Share) || math.IsInf(s.Share, 0) {
			return 0, &FieldError{Field: field + ".share", Err: ErrNotFinite}
		}
		if s.Share < 0 {
			return 0, &FieldError{Field: field + ".share", Err: fmt.Errorf("%v: %w", s.Share, ErrShares)}
		}
		sum += s.Share
		f += s.Share * wi
	}
	if len(shares) > 0 && math.Abs(sum-1) > sharesTolerance {
		return 0, &FieldError{Field: "beneficiaries", Err: fmt.Errorf("sum %v: %w", sum, ErrShares)}
	}
	if len(shares) == 0 {
		return 1, nil
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, &FieldError{Field: "beneficiaries", Err: fmt.Errorf("weighted share beyond float64: %w", ErrNotFinite)}
	}
	return f, nil
}
