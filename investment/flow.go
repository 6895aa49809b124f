package investment

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Flow is a cash flow: an amount of money for each year of an appraisal,
// indexed by the year offset t = 0, 1, 2, … from the base year. Year 0 is
// the first year of the flow and is not discounted (see [Schedule.Factor]).
// Amounts are real, in base-year prices; costs are usually negative and
// benefits positive, but a Flow does not care.
//
// A flow may be anchored to the financial year of its year 0 with
// [Flow.Anchor], so that flows starting in different years can be added and
// discounted to a common base year ([Schedule.PresentValueAt]). An anchored
// flow, built with [FlowFrom], is the module's one shape for money over
// financial years: a financial plan's funding and reserve movements, a
// budget's figures by year ([Budget.Column]) and the budget that options
// are selected under all use it. [Flow.In], [Flow.ByYear] and [Flow.Over]
// read it by financial year.
//
// The zero Flow is empty and not anchored. Flow is an immutable value: its
// methods return new flows and never hand out its internal storage, so it is
// safe to copy and to share between goroutines. Amounts are kept by value:
// a flow built from £1.500 gives back £1.50, which [Money.Equal] holds equal.
type Flow struct {
	// Exactly one representation holds the amounts of a non-empty flow:
	// pence when every amount is a whole number of pence of magnitude at
	// most maxFlowPence (the fast path of present values), money otherwise.
	pence    []int64
	money    []Money
	maxAbs   uint64 // the largest |pence[t]|, when pence is used
	first    FinancialYear
	anchored bool
}

// maxFlowPence bounds the pence kept in the integer representation, so that
// negation and 128-bit products never overflow.
const maxFlowPence = 1 << 62

var pow10Int64 = [...]int64{1, 10, 100}

// wholePence returns m in pence when m is a whole number of pence within
// ±maxFlowPence. It avoids big-number work for amounts of up to 16 digits
// with at most two decimal places, the usual shape of money.
func wholePence(m Money) (int64, bool) {
	exp := m.d.Exponent()
	if exp >= -2 && exp <= 0 && m.d.NumDigits() <= 16 {
		return m.d.CoefficientInt64() * pow10Int64[exp+2], true
	}
	p, exact := m.Pence()
	if !exact || p > maxFlowPence || p < -maxFlowPence {
		return 0, false
	}
	return p, true
}

// NewFlow returns the flow whose amount in year t is amounts[t]. It copies
// its argument.
func NewFlow(amounts ...Money) Flow {
	if len(amounts) == 0 {
		return Flow{}
	}
	pence := make([]int64, len(amounts))
	var maxAbs uint64
	for i, m := range amounts {
		p, ok := wholePence(m)
		if !ok {
			return Flow{money: append([]Money(nil), amounts...)}
		}
		pence[i] = p
		maxAbs = max(maxAbs, absPence(p))
	}
	return Flow{pence: pence, maxAbs: maxAbs}
}

// FlowFrom returns the flow anchored to financial year first whose amount
// in first.Add(t) is amounts[t]: FlowFrom(2022, a, b) holds a in 2022/23
// and b in 2023/24. It is the usual way to write money over financial
// years. It copies its argument.
func FlowFrom(first FinancialYear, amounts ...Money) Flow {
	return NewFlow(amounts...).Anchor(first)
}

// FlowFromPence returns the flow whose amount in year t is pence[t] pence.
// It copies its argument.
func FlowFromPence(pence ...int64) Flow {
	if len(pence) == 0 {
		return Flow{}
	}
	var maxAbs uint64
	for _, p := range pence {
		if p > maxFlowPence || p < -maxFlowPence {
			money := make([]Money, len(pence))
			for i, q := range pence {
				money[i] = FromPence(q)
			}
			return Flow{money: money}
		}
		maxAbs = max(maxAbs, absPence(p))
	}
	return Flow{pence: append([]int64(nil), pence...), maxAbs: maxAbs}
}

func absPence(p int64) uint64 {
	if p < 0 {
		return uint64(-p)
	}
	return uint64(p)
}

// Anchor returns f with year 0 in financial year first, so that f.In(first)
// is f.At(0).
func (f Flow) Anchor(first FinancialYear) Flow {
	f.first, f.anchored = first, true
	return f
}

// First returns the financial year of year 0 and whether f is anchored.
func (f Flow) First() (FinancialYear, bool) { return f.first, f.anchored }

// Years returns the financial years f covers; ok is false when f is not
// anchored or is empty.
func (f Flow) Years() (r Years, ok bool) {
	if !f.anchored || f.Len() == 0 {
		return Years{}, false
	}
	return Years{First: f.first, Last: f.first.Add(f.Len() - 1)}, true
}

// With returns f with amount m in financial year y, extending it with £0
// years as needed so that it covers y. The zero Flow becomes the flow
// anchored at y holding m. With panics when f is neither empty nor
// anchored, since such a flow has no financial years: that is a programming
// error.
func (f Flow) With(y FinancialYear, m Money) Flow {
	if f.Len() == 0 {
		return FlowFrom(y, m)
	}
	if !f.anchored {
		panic("investment: Flow.With on a flow that is not anchored")
	}
	first, last := min(f.first, y), max(f.first.Add(f.Len()-1), y)
	amounts := make([]Money, int(last-first)+1)
	for t := range amounts {
		amounts[t] = f.In(first.Add(t))
	}
	amounts[int(y-first)] = m
	return FlowFrom(first, amounts...)
}

// Over returns the amounts of an anchored flow in each year of r, in order,
// with £0 for a year f does not cover. It is the adapter from a flow to a
// fixed range of years, such as a budget's; for a flow that is not anchored
// every amount is £0.
func (f Flow) Over(r Years) []Money {
	out := make([]Money, max(r.Len(), 0))
	for t := range out {
		out[t] = f.In(r.At(t))
	}
	return out
}

// Len returns the number of years of f, including any zero years at its end.
func (f Flow) Len() int {
	if f.pence != nil {
		return len(f.pence)
	}
	return len(f.money)
}

// At returns the amount in year t. A flow is zero outside its years, so At
// returns £0 for t < 0 or t ≥ f.Len().
func (f Flow) At(t int) Money {
	if t < 0 || t >= f.Len() {
		return Money{}
	}
	if f.pence != nil {
		return FromPence(f.pence[t])
	}
	return f.money[t]
}

// In returns the amount in financial year y of an anchored flow, and £0 for
// a year outside it or for a flow that is not anchored.
func (f Flow) In(y FinancialYear) Money {
	if !f.anchored {
		return Money{}
	}
	return f.At(int(y - f.first))
}

// All returns an iterator over the years of f and their amounts, from year 0.
func (f Flow) All() iter.Seq2[int, Money] {
	return func(yield func(int, Money) bool) {
		for t := range f.Len() {
			if !yield(t, f.At(t)) {
				return
			}
		}
	}
}

// ByYear returns an iterator over the financial years of an anchored flow and
// their amounts. It yields nothing for a flow that is not anchored.
func (f Flow) ByYear() iter.Seq2[FinancialYear, Money] {
	return func(yield func(FinancialYear, Money) bool) {
		if !f.anchored {
			return
		}
		for t := range f.Len() {
			if !yield(f.first.Add(t), f.At(t)) {
				return
			}
		}
	}
}

// Amounts returns a new slice holding the amount of every year of f.
func (f Flow) Amounts() []Money {
	out := make([]Money, f.Len())
	for t := range out {
		out[t] = f.At(t)
	}
	return out
}

// Total returns the undiscounted sum of the amounts of f.
func (f Flow) Total() Money {
	if f.pence != nil {
		var hi int64
		var lo uint64
		for _, p := range f.pence {
			hi, lo = add128(hi, lo, p)
		}
		if m, ok := money128(hi, lo); ok {
			return m
		}
	}
	return Sum(f.Amounts()...)
}

// add128 adds p to the signed 128-bit integer (hi, lo).
func add128(hi int64, lo uint64, p int64) (int64, uint64) {
	var c uint64
	lo, c = bits.Add64(lo, uint64(p), 0)
	return hi + (p >> 63) + int64(c), lo
}

// money128 returns the signed 128-bit number of pence (hi, lo) as money when
// it fits in an int64.
func money128(hi int64, lo uint64) (Money, bool) {
	if (hi == 0 && lo <= 1<<63-1) || (hi == -1 && lo >= 1<<63) {
		return FromPence(int64(lo)), true
	}
	return Money{}, false
}

// Neg returns the flow of the negated amounts of f, keeping its anchor.
func (f Flow) Neg() Flow {
	g := f
	switch {
	case f.pence != nil:
		g.pence = make([]int64, len(f.pence))
		for t, p := range f.pence {
			g.pence[t] = -p
		}
	case f.money != nil:
		g.money = make([]Money, len(f.money))
		for t, m := range f.money {
			g.money[t] = m.Neg()
		}
	}
	return g
}

// Scale returns the flow of every amount of f multiplied by k, exactly,
// keeping its anchor: a flow in thousands scaled by 1000, or a cost with an
// optimism-bias uplift of 24% scaled by 1.24. Amounts with fractions of a
// penny are kept as they are; round present values, not flows.
func (f Flow) Scale(k decimal.Decimal) Flow {
	amounts := f.Amounts()
	for t, m := range amounts {
		amounts[t] = m.Mul(k)
	}
	g := NewFlow(amounts...)
	g.first, g.anchored = f.first, f.anchored
	return g
}

// Add returns the flow of the sums of f and o year by year. Two flows that
// are not anchored are added by year offset, and the result is as long as
// the longer. Two anchored flows are added by financial year, and the result
// runs from the earlier first year to the later last year. Adding an anchored
// flow to one that is not returns an error wrapping [ErrNotAnchored], since
// their years cannot be matched.
func (f Flow) Add(o Flow) (Flow, error) {
	if f.anchored != o.anchored {
		return Flow{}, fmt.Errorf("investment: adding flows: only one is anchored: %w", ErrNotAnchored)
	}
	fo, oo := 0, 0 // offsets of f and o in the result
	n := max(f.Len(), o.Len())
	first := f.first
	if f.anchored {
		switch {
		case f.Len() == 0:
			return o, nil
		case o.Len() == 0:
			return f, nil
		}
		first = min(f.first, o.first)
		fo, oo = int(f.first-first), int(o.first-first)
		n = max(fo+f.Len(), oo+o.Len())
	}
	if f.pence != nil && o.pence != nil || f.Len() == 0 && o.pence != nil || o.Len() == 0 && f.pence != nil {
		pence := make([]int64, n)
		var maxAbs uint64
		ok := true
		for t := range n {
			p := atPence(f.pence, t-fo) + atPence(o.pence, t-oo) // |each| ≤ 2^62: no overflow
			if p > maxFlowPence || p < -maxFlowPence {
				ok = false
				break
			}
			pence[t] = p
			maxAbs = max(maxAbs, absPence(p))
		}
		if ok {
			return Flow{pence: pence, maxAbs: maxAbs, first: first, anchored: f.anchored}, nil
		}
	}
	amounts := make([]Money, n)
	for t := range n {
		amounts[t] = f.At(t - fo).Add(o.At(t - oo))
	}
	g := NewFlow(amounts...)
	g.first, g.anchored = first, f.anchored
	return g, nil
}

func atPence(p []int64, t int) int64 {
	if t < 0 || t >= len(p) {
		return 0
	}
	return p[t]
}

// Sub returns the flow of the differences of f and o year by year, aligned
// as [Flow.Add] aligns them.
func (f Flow) Sub(o Flow) (Flow, error) { return f.Add(o.Neg()) }

// Equal reports whether f and o have the same anchoring, the same first year
// when anchored, the same length and equal amounts in every year. It makes
// go-cmp compare flows by value.
func (f Flow) Equal(o Flow) bool {
	if f.anchored != o.anchored || f.anchored && f.first != o.first || f.Len() != o.Len() {
		return false
	}
	if f.pence != nil && o.pence != nil {
		for t, p := range f.pence {
			if o.pence[t] != p {
				return false
			}
		}
		return true
	}
	for t := range f.Len() {
		if !f.At(t).Equal(o.At(t)) {
			return false
		}
	}
	return true
}

// String returns the amounts of f in brackets, followed by the first year
// when f is anchored: "[-£100.00 £60.00 £60.00] from 2022/23".
func (f Flow) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for t := range f.Len() {
		if t > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f.At(t).String())
	}
	b.WriteByte(']')
	if f.anchored {
		b.WriteString(" from ")
		b.WriteString(f.first.String())
	}
	return b.String()
}

// flowJSON is the JSON form of a flow by year offset.
type flowJSON struct {
	First   *FinancialYear `json:"first,omitempty"`
	Amounts []Money        `json:"amounts"`
}

// MarshalJSON writes an anchored flow as an object of its amounts by
// financial year, in order, every year of the flow included:
// {"2022/23":"-100.00","2023/24":"60.00"}; a plan's funding reads as it
// would in a table. A flow that is not anchored is an object of its
// amounts by year offset: {"amounts":["-100.00","60.00"]}. An anchored
// flow without amounts, or one anchored outside [MinFinancialYear] to
// [MaxFinancialYear], keeps its first year in the offset form:
// {"first":"2022/23","amounts":[]}. Amounts are JSON strings of pounds.
func (f Flow) MarshalJSON() ([]byte, error) {
	last := f.first.Add(f.Len() - 1)
	if !f.anchored || f.Len() == 0 || f.first < MinFinancialYear || last > MaxFinancialYear {
		v := flowJSON{Amounts: f.Amounts()}
		if f.anchored {
			first := f.first
			v.First = &first
		}
		return json.Marshal(v)
	}
	b := make([]byte, 0, 16+f.Len()*24)
	b = append(b, '{')
	for y, m := range f.ByYear() {
		if y != f.first {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, y.String()...)
		b = append(b, '"', ':', '"')
		b = append(b, m.plain()...)
		b = append(b, '"')
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads the forms [Flow.MarshalJSON] writes. Amounts may
// also be JSON numbers, read from their literal text, and years any form
// [ParseFinancialYear] accepts; a year missing between the first and the
// last is £0. A year that does not parse, a year given twice, an amount
// that is not money or an unknown field gives a [*FieldError] naming it
// ("[2024/25]", "amounts[3]"), so that in a plan the path reads
// streams[2].amounts[2024/25]. JSON null leaves f unchanged.
func (f *Flow) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return &FieldError{Err: fmt.Errorf("a cash flow is an object of amounts by year: %w", ErrSyntax)}
	}
	_, hasAmounts := raw["amounts"]
	_, hasFirst := raw["first"]
	if hasAmounts || hasFirst || len(raw) == 0 {
		var v flowJSON
		if err := decodeStrict(data, &v); err != nil {
			return err
		}
		g := NewFlow(v.Amounts...)
		if v.First != nil {
			g = g.Anchor(*v.First)
		}
		*f = g
		return nil
	}
	g, err := flowByYear(raw)
	if err != nil {
		return err
	}
	*f = g
	return nil
}

// flowByYear reads the amounts of an anchored flow keyed by financial year.
func flowByYear(raw map[string]json.RawMessage) (Flow, error) {
	byYear := make(map[FinancialYear]Money, len(raw))
	first, last := FinancialYear(MaxFinancialYear), FinancialYear(MinFinancialYear)
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		y, err := ParseFinancialYear(k)
		switch {
		case err != nil && (k == "" || k[0] < '0' || k[0] > '9'):
			return Flow{}, &FieldError{Path: k, Err: ErrUnknownField} // a field, not a year
		case err != nil:
			return Flow{}, &FieldError{Path: "[" + k + "]", Err: err}
		}
		if _, dup := byYear[y]; dup {
			return Flow{}, &FieldError{Path: "[" + k + "]", Err: fmt.Errorf("%v given twice: %w", y, ErrSyntax)}
		}
		var m Money
		if err := m.UnmarshalJSON(raw[k]); err != nil {
			return Flow{}, &FieldError{Path: "[" + k + "]", Err: err}
		}
		byYear[y] = m
		first, last = min(first, y), max(last, y)
	}
	amounts := make([]Money, int(last-first)+1)
	for y, m := range byYear {
		amounts[int(y-first)] = m
	}
	return FlowFrom(first, amounts...), nil
}
