package outcomes

import (
	"fmt"
	"math"
	"slices"

	"github.com/opencommissioning/scp/investment"
	"github.com/shopspring/decimal"
)

// Reductions says how deadweight, displacement and attribution combine.
type Reductions int8

// The ways of combining reductions.
const (
	// Sequential applies each reduction to what the previous one left, as
	// the Cabinet Office guide does: value × (1 − deadweight) ×
	// (1 − displacement) × (1 − attribution). It is the zero Reductions.
	Sequential Reductions = iota
	// Additive takes the reductions off the gross value together, as some
	// reports do: value × (1 − deadweight − displacement − attribution).
	// Reductions that sum to more than 1 make the impact negative and are
	// an error.
	Additive
)

// Impact is one outcome for one group of stakeholders in a social return on
// investment analysis (Cabinet Office, A guide to Social Return on
// Investment, 2012): how many experience it, what one is worth a year, the
// shares that would have happened anyway (deadweight), that merely move
// elsewhere (displacement) or that others deserve (attribution), and how it
// fades (drop-off, applied from the second year) over its duration.
type Impact struct {
	ID           string           `json:"id"`
	Outcome      string           `json:"outcome"`      // what changes, or the id of an outcome it serves
	Quantity     float64          `json:"quantity"`     // number of people or units, ≥ 0
	Proxy        investment.Money `json:"proxy"`        // financial proxy: the value of one unit for one year; negative for a harm
	Deadweight   float64          `json:"deadweight"`   // share in [0, 1]
	Displacement float64          `json:"displacement"` // share in [0, 1]
	Attribution  float64          `json:"attribution"`  // share in [0, 1]
	DropOff      float64          `json:"dropOff"`      // share lost each year after the first, in [0, 1]
	Duration     int              `json:"duration"`     // years the outcome lasts, ≥ 1
}

// SROI is a social return on investment analysis: the value of the inputs
// and the impacts they buy.
type SROI struct {
	Inputs     investment.Money `json:"inputs"` // the value of the inputs, > £0
	Impacts    []Impact         `json:"impacts"`
	Rate       *decimal.Decimal `json:"rate,omitempty"` // discount rate a year; nil means 3.5%, the Green Book rate the guide uses
	Reductions Reductions       `json:"reductions"`
}

// MaxDuration is the longest duration of an impact, in years.
const MaxDuration = 200

// ImpactValue is the value of one impact in each year and in total.
type ImpactValue struct {
	ID    string             `json:"id"`
	Years []investment.Money `json:"years"` // value in year 1, 2, … (exact)
	// PresentValue is Σ_k Years[k−1] / (1 + rate)^k, each term computed to 20
	// decimal places and the sum rounded half away from zero to the penny.
	PresentValue investment.Money `json:"presentValue"`
}

// Valuation is the result of an SROI analysis.
type Valuation struct {
	Impacts []ImpactValue `json:"impacts"`
	// ByYear is the total value of all impacts in year 1, 2, … (exact).
	ByYear []investment.Money `json:"byYear"`
	// PresentValue is the total present value, discounted from year 1
	// (year-1 value divided by 1 + rate), each term to 20 decimal places and
	// the sum rounded half away from zero to the penny.
	PresentValue investment.Money `json:"presentValue"`
	Inputs       investment.Money `json:"inputs"`
	// NetPresentValue is PresentValue − Inputs.
	NetPresentValue investment.Money `json:"netPresentValue"`
	// Ratio is PresentValue / Inputs, from the unrounded present value:
	// £15,221.50 on £10,000 of inputs is 1.52 (to 1).
	Ratio float64 `json:"ratio"`
	// NetRatio is (PresentValue − Inputs) / Inputs = Ratio − 1.
	NetRatio float64 `json:"netRatio"`
	// Payback is the time, in years from the start of year 1, at which the
	// cumulative present value first reaches the inputs, interpolated
	// linearly within the year; PaybackReached is false, and Payback 0, when
	// it never does.
	Payback        float64 `json:"payback"`
	PaybackReached bool    `json:"paybackReached"`
}

var (
	one          = decimal.NewFromInt(1)
	defaultRate  = decimal.New(35, -3)
	pvPlaces     = int32(20)
	maxQuantity  = 1e15
	sroiMaxProxy = investment.MaxAbs()
)

func (s SROI) rate() (decimal.Decimal, error) {
	if s.Rate == nil {
		return defaultRate, nil
	}
	r := *s.Rate
	if r.GreaterThan(one) { // a percentage written as a whole number
		return decimal.Decimal{}, fmt.Errorf("outcomes: SROI discount rate %v: want 0 ≤ rate < 1; did you mean %v (%v%%)?: %w", r, r.Shift(-2), r, ErrRange)
	}
	if r.Sign() < 0 || r.GreaterThanOrEqual(one) {
		return decimal.Decimal{}, fmt.Errorf("outcomes: SROI discount rate %v: want 0 ≤ rate < 1: %w", r, ErrRange)
	}
	return r, nil
}

// share returns 1 − x exactly, from the shortest decimal of x.
func keepOf(x float64) decimal.Decimal { return one.Sub(decimal.NewFromFloat(x)) }

// validate checks one impact and returns its year-1 value factor
// (1 − reductions) combined as r says.
func (imp Impact) validate(i int, r Reductions) (decimal.Decimal, error) {
	e := func(field string, err error) (decimal.Decimal, error) {
		return decimal.Decimal{}, inputErr("impact", i, imp.ID, field, err)
	}
	switch {
	case imp.ID == "":
		return e("id", ErrEmptyID)
	case !finite(imp.Quantity):
		return e("quantity", ErrNotFinite)
	case imp.Quantity < 0:
		return e("quantity", ErrNegative)
	case imp.Quantity >= maxQuantity:
		return e("quantity", fmt.Errorf("%v is 10^15 or more: %w", imp.Quantity, ErrRange))
	case imp.Proxy.Abs().Compare(sroiMaxProxy) >= 0:
		return e("proxy", fmt.Errorf("magnitude £10^15 or more: %w", ErrRange))
	case imp.Duration < 1:
		return e("duration", fmt.Errorf("%d years, want at least 1: %w", imp.Duration, ErrRange))
	case imp.Duration > MaxDuration:
		return e("duration", fmt.Errorf("%d years, want at most %d: %w", imp.Duration, MaxDuration, ErrRange))
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"deadweight", imp.Deadweight}, {"displacement", imp.Displacement}, {"attribution", imp.Attribution}, {"dropOff", imp.DropOff}} {
		if err := checkShare(f.v); err != nil {
			return e(f.name, err)
		}
	}
	switch r {
	case Sequential:
		return keepOf(imp.Deadweight).Mul(keepOf(imp.Displacement)).Mul(keepOf(imp.Attribution)), nil
	case Additive:
		k := one.Sub(decimal.NewFromFloat(imp.Deadweight)).Sub(decimal.NewFromFloat(imp.Displacement)).Sub(decimal.NewFromFloat(imp.Attribution))
		if k.Sign() < 0 {
			return e("deadweight+displacement+attribution", fmt.Errorf("%v + %v + %v > 1: %w", imp.Deadweight, imp.Displacement, imp.Attribution, ErrNegativeImpact))
		}
		return k, nil
	default:
		return decimal.Decimal{}, fmt.Errorf("outcomes: SROI reductions %v: %w", r, ErrRange)
	}
}

// Value computes the valuation (Cabinet Office, A guide to Social Return on
// Investment, 2012): impact in
// year 1 = quantity × proxy × (1 − deadweight) × (1 − displacement) ×
// (1 − attribution); in year k it is year k−1's × (1 − drop-off); the
// present value discounts year k by (1 + rate)^k. Ten people valued at
// £1,000 a year with 25% deadweight, 20% attribution and 10% drop-off for
// three years at 3.5% give £6,000, £5,400 and £4,860, a present value of
// £15,221.50 and, on £10,000 of inputs, a ratio of 1.52.
//
// Year values are exact (shares are taken as their shortest decimals). It
// returns [ErrNoImpacts] for no impacts, an error wrapping [ErrNoInputs]
// for inputs of £0 or less, [ErrRange] for a discount rate outside [0, 1),
// and an [*InputError] for a bad impact: an empty id ([ErrEmptyID]), a
// duplicate id ([ErrDuplicateID]), a share outside [0, 1] ([ErrShare]), a
// NaN or infinite number ([ErrNotFinite]), a negative quantity
// ([ErrNegative]), a duration outside 1 … [MaxDuration] ([ErrRange]) or,
// with [Additive] reductions, reductions summing to more than 1
// ([ErrNegativeImpact]).
func (s SROI) Value() (Valuation, error) {
	if s.Inputs.Sign() <= 0 {
		return Valuation{}, fmt.Errorf("outcomes: SROI inputs %v: %w", s.Inputs, ErrNoInputs)
	}
	if len(s.Impacts) == 0 {
		return Valuation{}, fmt.Errorf("outcomes: SROI: %w", ErrNoImpacts)
	}
	r, err := s.rate()
	if err != nil {
		return Valuation{}, err
	}
	keeps := make([]decimal.Decimal, len(s.Impacts))
	seen := make(map[string]bool, len(s.Impacts))
	years := 0
	for i, imp := range s.Impacts {
		if keeps[i], err = imp.validate(i, s.Reductions); err != nil {
			return Valuation{}, err
		}
		if seen[imp.ID] {
			return Valuation{}, inputErr("impact", i, imp.ID, "id", ErrDuplicateID)
		}
		seen[imp.ID] = true
		years = max(years, imp.Duration)
	}
	// growth[k] = (1 + rate)^(k+1), exact.
	growth := make([]decimal.Decimal, years)
	g := one
	for k := range years {
		g = g.Mul(one.Add(r))
		growth[k] = g
	}
	v := Valuation{Impacts: make([]ImpactValue, len(s.Impacts)), Inputs: s.Inputs}
	byYear := make([]decimal.Decimal, years)
	pvYear := make([]decimal.Decimal, years)
	var pv decimal.Decimal
	for i, imp := range s.Impacts {
		iv := ImpactValue{ID: imp.ID, Years: make([]investment.Money, imp.Duration)}
		val := imp.Proxy.Decimal().Mul(decimal.NewFromFloat(imp.Quantity)).Mul(keeps[i])
		fade := keepOf(imp.DropOff)
		var ipv decimal.Decimal
		for k := range imp.Duration {
			if k > 0 {
				val = val.Mul(fade)
			}
			iv.Years[k] = investment.FromDecimal(val)
			byYear[k] = byYear[k].Add(val)
			term := val.DivRound(growth[k], pvPlaces)
			pvYear[k] = pvYear[k].Add(term)
			ipv = ipv.Add(term)
		}
		iv.PresentValue = investment.FromDecimal(ipv).Round(investment.Penny)
		pv = pv.Add(ipv)
		v.Impacts[i] = iv
	}
	v.ByYear = make([]investment.Money, years)
	for k, d := range byYear {
		v.ByYear[k] = investment.FromDecimal(d)
	}
	exact := investment.FromDecimal(pv)
	v.PresentValue = exact.Round(investment.Penny)
	v.NetPresentValue = v.PresentValue.Sub(s.Inputs)
	v.Ratio, _ = exact.Ratio(s.Inputs)
	v.NetRatio, _ = exact.Sub(s.Inputs).Ratio(s.Inputs)
	var cum decimal.Decimal
	in := s.Inputs.Decimal()
	for k, d := range pvYear {
		next := cum.Add(d)
		if next.Compare(in) >= 0 && d.Sign() > 0 {
			frac, _ := in.Sub(cum).DivRound(d, pvPlaces).Float64()
			v.Payback, v.PaybackReached = float64(k)+frac, true
			break
		}
		cum = next
	}
	return v, nil
}

// Assumption names one assumption of an impact for [SROI.Sensitivity].
type Assumption int8

// The assumptions, in the order Sensitivity reports them.
const (
	QuantityAssumption Assumption = iota
	ProxyAssumption
	DeadweightAssumption
	DisplacementAssumption
	AttributionAssumption
	DropOffAssumption
	DurationAssumption
)

// SensitivityOptions configures [SROI.Sensitivity].
type SensitivityOptions struct {
	// Step is the change tried each way: shares move by ±Step (kept in
	// [0, 1]), quantity and proxy by ±Step of their value, duration by ±1
	// year (at least 1). Zero means 0.1.
	Step float64 `json:"step,omitempty"`
	// MaxDuration bounds the search for a break-even duration; zero means
	// [MaxDuration].
	MaxDuration int `json:"maxDuration,omitempty"`
}

// Sensitivity is how the SROI ratio responds to one assumption of one
// impact, others held at their base values.
type Sensitivity struct {
	Impact     string     `json:"impact"`
	Assumption Assumption `json:"assumption"`
	Base       float64    `json:"base"`      // the assumption's value (pounds for the proxy, years for the duration)
	Low        float64    `json:"low"`       // the lower value tried
	High       float64    `json:"high"`      // the higher value tried
	RatioLow   float64    `json:"ratioLow"`  // the SROI ratio with the assumption at Low
	RatioHigh  float64    `json:"ratioHigh"` // the SROI ratio with the assumption at High
	// BreakEven is the value of the assumption at which the ratio would be
	// exactly 1 (for the duration: the shortest whole number of years at
	// which it reaches 1), as the guide's sensitivity analysis asks: how much
	// would this estimate have to change to make the return 1:1.
	// BreakEvenFound is false, and BreakEven 0, when no value in the
	// assumption's range does it.
	BreakEven      float64 `json:"breakEven"`
	BreakEvenFound bool    `json:"breakEvenFound"`
}

// Sensitivity reports, for every impact and assumption, the ratio at a
// step either side of the base value and the break-even value at which the
// ratio is 1. It returns the errors of [SROI.Value] and an error wrapping
// [ErrRange] for a step outside (0, 1] or a negative MaxDuration.
func (s SROI) Sensitivity(opt SensitivityOptions) ([]Sensitivity, error) {
	step := opt.Step
	if step == 0 {
		step = 0.1
	}
	if !finite(step) || step <= 0 || step > 1 {
		return nil, fmt.Errorf("outcomes: sensitivity step %v: %w", opt.Step, ErrRange)
	}
	maxDur := opt.MaxDuration
	if maxDur == 0 {
		maxDur = MaxDuration
	}
	if maxDur < 0 || maxDur > MaxDuration {
		return nil, fmt.Errorf("outcomes: sensitivity duration bound %d: %w", opt.MaxDuration, ErrRange)
	}
	base, err := s.Value()
	if err != nil {
		return nil, err
	}
	var out []Sensitivity
	for i := range s.Impacts {
		out = s.impactSensitivity(out, i, base, step, maxDur)
	}
	return out, nil
}

// impactSensitivity appends to out the sensitivity of the ratio to each
// assumption of impact i, from the base valuation.
func (s SROI) impactSensitivity(out []Sensitivity, i int, base Valuation, step float64, maxDur int) []Sensitivity {
	imp := s.Impacts[i]
	inputs := s.Inputs.Float64()
	vary := func(set func(*Impact, float64), x float64) (float64, bool) {
		t := s
		t.Impacts = slices.Clone(s.Impacts)
		set(&t.Impacts[i], x)
		v, err := t.Value()
		if err != nil {
			return 0, false
		}
		return v.Ratio, true
	}
	// The impact's share of the ratio, and the ratio the others give.
	ri := base.Impacts[i].PresentValue.Float64() / inputs
	rest := base.Ratio - ri
	need := 1 - rest // the ratio this impact must give for 1:1
	scale := math.NaN()
	if ri != 0 {
		scale = need / ri
	}
	add := func(a Assumption, baseV float64, lo, hi float64, set func(*Impact, float64), be float64, beOK bool) {
		sn := Sensitivity{Impact: imp.ID, Assumption: a, Base: baseV, Low: lo, High: hi}
		sn.RatioLow, _ = vary(set, lo)
		sn.RatioHigh, _ = vary(set, hi)
		if beOK && finite(be) {
			sn.BreakEven, sn.BreakEvenFound = be, true
		}
		out = append(out, sn)
	}
	// Quantity and proxy scale the impact linearly.
	q := imp.Quantity
	add(QuantityAssumption, q, q*(1-step), q*(1+step), func(m *Impact, x float64) { m.Quantity = x },
		q*scale, ri != 0 && q*scale >= 0)
	p := imp.Proxy.Float64()
	add(ProxyAssumption, p, p*(1-step), p*(1+step), func(m *Impact, x float64) {
		m.Proxy, _ = investment.FromPence(100).MulFloat(x)
	}, p*scale, ri != 0)
	// Reductions scale the impact through the share kept.
	shares := []struct {
		a   Assumption
		v   float64
		set func(*Impact, float64)
	}{
		{DeadweightAssumption, imp.Deadweight, func(m *Impact, x float64) { m.Deadweight = x }},
		{DisplacementAssumption, imp.Displacement, func(m *Impact, x float64) { m.Displacement = x }},
		{AttributionAssumption, imp.Attribution, func(m *Impact, x float64) { m.Attribution = x }},
	}
	for _, sh := range shares {
		lo, hi := math.Max(0, sh.v-step), math.Min(1, sh.v+step)
		var be float64
		if s.Reductions == Additive {
			keep := 1 - imp.Deadweight - imp.Displacement - imp.Attribution
			hi = math.Min(hi, sh.v+keep)
			be = sh.v + keep*(1-scale)
		} else {
			be = 1 - (1-sh.v)*scale
		}
		ok := ri != 0 && be >= 0 && be <= 1
		if s.Reductions == Additive {
			ok = ok && be <= sh.v+1-imp.Deadweight-imp.Displacement-imp.Attribution
		}
		add(sh.a, sh.v, lo, hi, sh.set, be, ok)
	}
	// Drop-off: the ratio moves monotonically with it (in the direction
	// of the proxy's sign); find the break-even by bisection.
	setDrop := func(m *Impact, x float64) { m.DropOff = x }
	d := imp.DropOff
	be, ok := bisect(func(x float64) float64 { r, _ := vary(setDrop, x); return r - 1 }, 0, 1)
	add(DropOffAssumption, d, math.Max(0, d-step), math.Min(1, d+step), setDrop, be, ok)
	// Duration: the shortest whole number of years that reaches 1:1.
	setDur := func(m *Impact, x float64) { m.Duration = int(x) }
	dur := float64(imp.Duration)
	var beDur float64
	var durOK bool
	for y := 1; y <= maxDur; y++ {
		if r, ok := vary(setDur, float64(y)); ok && r >= 1 {
			beDur, durOK = float64(y), true
			break
		}
	}
	add(DurationAssumption, dur, math.Max(1, dur-1), math.Min(MaxDuration, dur+1), setDur, beDur, durOK)
	return out
}

// bisect finds x in [lo, hi] with f(x) = 0 when f changes sign over the
// interval (or is zero at an end), to about 1e-12.
func bisect(f func(float64) float64, lo, hi float64) (float64, bool) {
	flo, fhi := f(lo), f(hi)
	switch {
	case flo == 0:
		return lo, true
	case fhi == 0:
		return hi, true
	case (flo > 0) == (fhi > 0):
		return 0, false
	}
	for range 60 {
		mid := (lo + hi) / 2
		fm := f(mid)
		if fm == 0 {
			return mid, true
		}
		if (fm > 0) == (flo > 0) {
			lo, flo = mid, fm
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2, true
}
