package commissioning

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Category is a project type of the optimism-bias table in HM Treasury's
// Supplementary Green Book Guidance: Optimism Bias (2003, from Mott
// MacDonald's 2002 review of large public procurement). The zero Category
// is not a project type.
type Category int

// The six project types of the supplementary guidance.
const (
	NonStandardBuildings Category = iota + 1
	StandardBuildings
	NonStandardCivilEngineering
	StandardCivilEngineering
	EquipmentDevelopment // equipment and development
	Outsourcing
)

var categoryCodec = newCodec("Category", NonStandardBuildings, ErrUnknownCategory,
	"non-standard buildings", "standard buildings", "non-standard civil engineering",
	"standard civil engineering", "equipment and development", "outsourcing")

// foldCategory folds a project type's name for comparison: case,
// surrounding spaces and hyphens versus spaces do not count.
func foldCategory(s string) string { return strings.ReplaceAll(foldName(s), "-", " ") }

// Valid reports whether c is one of the six project types.
func (c Category) Valid() bool { return categoryCodec.Valid(c) }

// String returns the project type as the guidance names it, such as
// "standard buildings"; an invalid category prints as "Category(9)".
func (c Category) String() string { return categoryCodec.String(c) }

// ParseCategory reads a project type's name as [Category.String] writes
// it, ignoring case, surrounding spaces, and hyphens versus spaces. Other
// text gives a [*FieldError] wrapping [ErrUnknownCategory].
func ParseCategory(text string) (Category, error) { return categoryCodec.ParseFold(text, foldCategory) }

// MarshalText writes the category's name; an invalid category is a
// [*FieldError] wrapping [ErrUnknownCategory].
func (c Category) MarshalText() ([]byte, error) { return categoryCodec.Marshal(c) }

// UnmarshalText reads any name [ParseCategory] accepts.
func (c *Category) UnmarshalText(text []byte) error {
	v, err := ParseCategory(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Measure is what an optimism-bias percentage applies to.
type Measure int

// The two measures of the supplementary guidance table.
const (
	// WorksDuration is the over-run of the works' duration.
	WorksDuration Measure = iota
	// CapitalCost is the capital expenditure over-run; for [Outsourcing] the
	// guidance gives the figure for operating cost instead.
	CapitalCost
)

var measureCodec = newCodec("Measure", WorksDuration, ErrNotApplicable, "works duration", "capital cost")

// String returns "works duration" or "capital cost".
func (m Measure) String() string { return measureCodec.String(m) }

// Valid reports whether m is [WorksDuration] or [CapitalCost].
func (m Measure) Valid() bool { return measureCodec.Valid(m) }

// ParseMeasure reads a measure's name, ignoring case and surrounding
// spaces. Other text gives a [*FieldError] wrapping [ErrNotApplicable].
func ParseMeasure(text string) (Measure, error) { return measureCodec.ParseFold(text, foldName) }

// MarshalText writes the measure's name; an unknown measure is a
// [*FieldError] wrapping [ErrNotApplicable].
func (m Measure) MarshalText() ([]byte, error) { return measureCodec.Marshal(m) }

// UnmarshalText reads any name [ParseMeasure] accepts.
func (m *Measure) UnmarshalText(text []byte) error {
	v, err := ParseMeasure(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Bounds are the upper and lower optimism-bias percentages of a project
// type for one measure, as fractions (0.51 is 51%). The upper bound is the
// level to use at the start of appraisal, before mitigation; the lower
// bound is what the guidance expects of a project whose risks are well
// managed.
type Bounds struct {
	Upper decimal.Decimal `json:"upper"`
	Lower decimal.Decimal `json:"lower"`
}

// optimismTable holds the supplementary guidance's Table 1 in whole
// percent: {upper, lower} for works duration and for capital expenditure.
// Outsourcing has no works-duration figure (−1) and its capital figure is
// on operating cost. Source: HM Treasury, Supplementary Green Book
// Guidance: Optimism Bias (2003), Table 1.
var optimismTable = [...][2][2]int64{
	NonStandardBuildings:        {{39, 2}, {51, 4}},
	StandardBuildings:           {{4, 1}, {24, 2}},
	NonStandardCivilEngineering: {{25, 3}, {66, 6}},
	StandardCivilEngineering:    {{20, 1}, {44, 3}},
	EquipmentDevelopment:        {{54, 10}, {200, 10}},
	Outsourcing:                 {{-1, -1}, {41, 0}},
}

// OptimismBounds returns the supplementary guidance's bounds for a project
// type and measure. An unknown category gives [ErrUnknownCategory]; works
// duration for [Outsourcing] gives [ErrNotApplicable]. Both arrive in a
// [*FieldError].
func OptimismBounds(c Category, m Measure) (Bounds, error) {
	if !c.Valid() {
		return Bounds{}, &FieldError{Field: "category", Err: fmt.Errorf("%v: %w", c, ErrUnknownCategory)}
	}
	if !m.Valid() {
		return Bounds{}, &FieldError{Field: "measure", Err: fmt.Errorf("%v: %w", m, ErrNotApplicable)}
	}
	row := optimismTable[c][m]
	if row[0] < 0 {
		return Bounds{}, &FieldError{Field: "measure", Err: fmt.Errorf("%v for %v: %w", m, c, ErrNotApplicable)}
	}
	return Bounds{Upper: decimal.New(row[0], -2), Lower: decimal.New(row[1], -2)}, nil
}

// Share is the fraction of a mixed project that is of one project type. An
// unset (zero) category is left out of its JSON, so that the zero Share
// writes and reads back; [OptimismBias.Validate] refuses it.
type Share struct {
	Category Category `json:"category,omitempty"`
	Share    float64  `json:"share"`
}

// OptimismBias describes an option's exposure to optimism bias: the
// project types it is made of, with their shares of the project (one share
// of 1 for a project of a single type), and the fraction of the upper bound
// that risk management has mitigated.
//
// Following the supplementary guidance, a mixed project takes the
// share-weighted sum of the types' upper bounds, and mitigation reduces that
// upper bound proportionally: bias = Σ shareᵢ × upperᵢ × (1 − Mitigation).
// Costs are then adjusted as cost × (1 + bias). The cost of the mitigating
// measures themselves belongs among the option's costs.
//
// The zero OptimismBias has no shares and means no adjustment.
type OptimismBias struct {
	Shares     []Share `json:"shares,omitempty"`
	Mitigation float64 `json:"mitigation,omitempty"` // in [0, 1]
}

// sharesTolerance is how far the shares may sum from 1, to allow for
// thirds and other fractions with no exact float64.
const sharesTolerance = 1e-9

// Validate checks that every category is known, every share finite and
// non-negative, no category repeated, the shares summing to 1 (within
// 1e-9), and the mitigation in [0, 1]. The error is a [*FieldError] naming
// the field.
func (b OptimismBias) Validate() error {
	seen := map[Category]bool{}
	sum := 0.0
	for i, s := range b.Shares {
		f := "shares[" + strconv.Itoa(i+1) + "]"
		if !s.Category.Valid() {
			return &FieldError{Field: f + ".category", Err: ErrUnknownCategory}
		}
		if seen[s.Category] {
			return &FieldError{Field: f + ".category", Err: fmt.Errorf("%v repeated: %w", s.Category, ErrShares)}
		}
		seen[s.Category] = true
		if math.IsNaN(s.Share) || math.IsInf(s.Share, 0) {
			return &FieldError{Field: f + ".share", Err: ErrNotFinite}
		}
		if s.Share < 0 {
			return &FieldError{Field: f + ".share", Err: fmt.Errorf("%v: %w", s.Share, ErrShares)}
		}
		sum += s.Share
	}
	if len(b.Shares) > 0 && math.Abs(sum-1) > sharesTolerance {
		return &FieldError{Field: "shares", Err: fmt.Errorf("sum %v: %w", sum, ErrShares)}
	}
	if math.IsNaN(b.Mitigation) || math.IsInf(b.Mitigation, 0) {
		return &FieldError{Field: "mitigation", Err: ErrNotFinite}
	}
	if b.Mitigation < 0 || b.Mitigation > 1 {
		return &FieldError{Field: "mitigation", Err: fmt.Errorf("%v: %w", b.Mitigation, ErrMitigation)}
	}
	return nil
}

// Rate returns the bias for measure m as a fraction: the share-weighted
// upper bounds of all the project's types, reduced by the mitigation. It is
// exact: shares and mitigation are read as the shortest decimals that
// round-trip their float64 values, so 30% non-standard and 70% standard
// buildings give exactly 0.321 for capital cost.
func (b OptimismBias) Rate(m Measure) (decimal.Decimal, error) {
	return b.rate(m, func(Category) bool { return true })
}

// rate sums over the shares whose category passes keep.
func (b OptimismBias) rate(m Measure, keep func(Category) bool) (decimal.Decimal, error) {
	if err := b.Validate(); err != nil {
		return decimal.Decimal{}, err
	}
	sum := decimal.Zero
	for _, s := range b.Shares {
		if !keep(s.Category) || s.Share == 0 {
			continue
		}
		bd, err := OptimismBounds(s.Category, m)
		if err != nil {
			return decimal.Decimal{}, err
		}
		sum = sum.Add(decimal.NewFromFloat(s.Share).Mul(bd.Upper))
	}
	return sum.Mul(decimal.NewFromInt(1).Sub(decimal.NewFromFloat(b.Mitigation))), nil
}

// CapitalRate is the bias applied to an option's capital costs in
// appraisal: [OptimismBias.Rate] for [CapitalCost] over the project's
// types other than [Outsourcing].
func (b OptimismBias) CapitalRate() (decimal.Decimal, error) {
	return b.rate(CapitalCost, func(c Category) bool { return c != Outsourcing })
}

// RevenueRate is the bias applied to an option's revenue (operating) costs
// in appraisal: the [Outsourcing] share of the project times the
// guidance's 41% upper bound on operating cost, reduced by the mitigation.
func (b OptimismBias) RevenueRate() (decimal.Decimal, error) {
	return b.rate(CapitalCost, func(c Category) bool { return c == Outsourcing })
}

// Adjust returns cost × (1 + bias) for measure m, exactly. With no shares
// it returns cost unchanged.
func (b OptimismBias) Adjust(cost investment.Money, m Measure) (investment.Money, error) {
	r, err := b.Rate(m)
	if err != nil {
		return investment.Money{}, err
	}
	return cost.Mul(decimal.NewFromInt(1).Add(r)), nil
}
