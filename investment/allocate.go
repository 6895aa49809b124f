package investment

import (
	"cmp"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Allocate splits m into len(weights) parts in proportion to the weights,
// to the penny, by the largest-remainder method: each part first gets the
// whole pence of its exact quota, then the pence left over go one each to
// the parts with the largest remaining fractions. The parts always sum to m
// exactly, a part with weight 0 always gets £0, and no part of a positive
// amount is negative.
//
// Ties between equal remainders go to the earlier part: splitting 1p in
// two equal halves gives the penny to the first. The weights are read
// exactly as the binary float64 values they are, so the result does not
// depend on the order of summation.
//
// m must be a whole number of pence ([ErrNotWhole]); there must be at least
// one weight ([ErrNoParts]); every weight must be finite ([ErrNotFinite])
// and non-negative ([ErrNegativeWeight]); and they must not all be zero
// ([ErrZeroWeights]). Errors about one weight are [*IndexError] values that
// name it.
func (m Money) Allocate(weights ...float64) ([]Money, error) {
	return m.AllocateIn(Penny, weights...)
}

// AllocateIn is [Money.Allocate] in whole units of u: £3,000 in Thousand over
// three equal weights is £1,000 each. m must be a whole number of u, and u
// one of the four units (a [*NameError] wrapping [ErrUnknownKind] if not).
func (m Money) AllocateIn(u Unit, weights ...float64) ([]Money, error) {
	if _, err := u.MarshalText(); err != nil {
		return nil, err
	}
	nums, err := floatNumerators(weights)
	if err != nil {
		return nil, err
	}
	return m.allocate(u, nums)
}

// AllocateDecimal is [Money.Allocate] with exact decimal weights, such as
// population shares published to several decimal places.
func (m Money) AllocateDecimal(weights ...decimal.Decimal) ([]Money, error) {
	nums, err := decimalNumerators(weights)
	if err != nil {
		return nil, err
	}
	return m.allocate(Penny, nums)
}

// AllocateBy is [Money.Allocate] in proportion to amounts of money, such as
// a saving shared across budget lines in proportion to their budgets. The
// amounts must not be negative.
func (m Money) AllocateBy(amounts ...Money) ([]Money, error) {
	ds := make([]decimal.Decimal, len(amounts))
	for i, a := range amounts {
		ds[i] = a.d
	}
	nums, err := decimalNumerators(ds)
	if err != nil {
		return nil, err
	}
	return m.allocate(Penny, nums)
}

// allocate shares m, counted in units of u, in proportion to nums, which
// are non-negative integers with a positive sum.
func (m Money) allocate(u Unit, nums []*big.Int) ([]Money, error) {
	scaled := m.d.Shift(-u.exp())
	if !scaled.IsInteger() {
		return nil, fmt.Errorf("investment: allocating %s in %s: %w", m, u, ErrNotWhole)
	}
	total := scaled.BigInt()
	neg := total.Sign() < 0
	total.Abs(total)

	sum := new(big.Int)
	for _, n := range nums {
		sum.Add(sum, n)
	}
	type share struct {
		i   int
		rem *big.Int
	}
	parts := make([]*big.Int, len(nums))
	shares := make([]share, 0, len(nums))
	given := new(big.Int)
	prod := new(big.Int)
	quos := make([]big.Int, len(nums))
	rems := make([]big.Int, len(nums))
	for i, n := range nums {
		q, r := &quos[i], &rems[i]
		q.QuoRem(prod.Mul(total, n), sum, r)
		parts[i] = q
		given.Add(given, q)
		if r.Sign() > 0 {
			shares = append(shares, share{i, r})
		}
	}
	left := new(big.Int).Sub(total, given).Int64() // < len(nums)
	slices.SortFunc(shares, func(a, b share) int {
		if c := b.rem.Cmp(a.rem); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	for k := int64(0); k < left; k++ {
		parts[shares[k].i].Add(parts[shares[k].i], big.NewInt(1))
	}
	out := make([]Money, len(parts))
	for i, p := range parts {
		if neg {
			p.Neg(p)
		}
		out[i] = Money{decimal.NewFromBigInt(p, u.exp())}
	}
	return out, nil
}

// floatNumerators turns float64 weights into exact integers on a common
// binary scale: w = mant × 2^exp with an integer mantissa.
func floatNumerators(ws []float64) ([]*big.Int, error) {
	if len(ws) == 0 {
		return nil, fmt.Errorf("investment: allocating over no weights: %w", ErrNoParts)
	}
	mants := make([]uint64, len(ws))
	exps := make([]int, len(ws))
	minExp := math.MaxInt
	allZero := true
	for i, w := range ws {
		switch {
		case math.IsNaN(w) || math.IsInf(w, 0):
			return nil, &IndexError{What: "weight", Position: i + 1, Value: strconv.FormatFloat(w, 'g', -1, 64), Err: ErrNotFinite}
		case w < 0:
			return nil, &IndexError{What: "weight", Position: i + 1, Value: strconv.FormatFloat(w, 'g', -1, 64), Err: ErrNegativeWeight}
		case w == 0:
			continue
		}
		allZero = false
		frac, e := math.Frexp(w) // w = frac × 2^e, frac in [0.5, 1)
		mant := uint64(math.Ldexp(frac, 64-11))
		e -= 64 - 11
		for mant&1 == 0 {
			mant >>= 1
			e++
		}
		mants[i], exps[i] = mant, e
		minExp = min(minExp, e)
	}
	if allZero {
		return nil, fmt.Errorf("investment: allocating over %d weights: %w", len(ws), ErrZeroWeights)
	}
	nums := make([]*big.Int, len(ws))
	slab := make([]big.Int, len(ws))
	for i := range ws {
		n := slab[i].SetUint64(mants[i])
		if mants[i] != 0 {
			n.Lsh(n, uint(exps[i]-minExp))
		}
		nums[i] = n
	}
	return nums, nil
}

// decimalNumerators turns decimal weights into exact integers on a common
// decimal scale.
func decimalNumerators(ws []decimal.Decimal) ([]*big.Int, error) {
	if len(ws) == 0 {
		return nil, fmt.Errorf("investment: allocating over no weights: %w", ErrNoParts)
	}
	minExp := int32(math.MaxInt32)
	allZero := true
	for i, w := range ws {
		switch w.Sign() {
		case -1:
			return nil, &IndexError{What: "weight", Position: i + 1, Value: w.String(), Err: ErrNegativeWeight}
		case 1:
			allZero = false
			minExp = min(minExp, w.Exponent())
		}
	}
	if allZero {
		return nil, fmt.Errorf("investment: allocating over %d weights: %w", len(ws), ErrZeroWeights)
	}
	nums := make([]*big.Int, len(ws))
	for i, w := range ws {
		if w.Sign() == 0 {
			nums[i] = new(big.Int)
			continue
		}
		nums[i] = w.Coefficient()
		nums[i].Mul(nums[i], new(big.Int).Exp(bigTen, big.NewInt(int64(w.Exponent()-minExp)), nil))
	}
	return nums, nil
}

var bigTen = big.NewInt(10)

// Table is a column of amounts rounded for publication, such as a budget
// table in £000. Rounded lines need not add up to the rounded total; the
// difference is shown as a rounding line so that the column adds up.
type Table struct {
	Unit     Unit    `json:"unit"`     // the unit the column is rounded to
	Parts    []Money `json:"parts"`    // each part rounded to Unit, half away from zero
	Total    Money   `json:"total"`    // the exact total of the parts, rounded to Unit
	Rounding Money   `json:"rounding"` // Total − ΣParts: the rounding line, a whole number of Unit
}

// RoundTable rounds each part and the exact total to u and reports the
// rounding difference. £1,234,400 and £2,345,400 in Thousand are shown as
// 1,234 and 2,345 with a total of 3,580 and a rounding line of 1. Like
// [Money.Round] it panics for a unit that is not one of the four, a
// programming error ([ParseUnit] reads a unit from data with an error).
func RoundTable(u Unit, parts ...Money) Table {
	t := Table{Unit: u, Parts: make([]Money, len(parts))}
	var exact, shown Money
	for i, p := range parts {
		t.Parts[i] = p.Round(u)
		exact = exact.Add(p)
		shown = shown.Add(t.Parts[i])
	}
	t.Total = exact.Round(u)
	t.Rounding = t.Total.Sub(shown)
	return t
}

// RoundToTotal rounds each part to a whole number of u so that the rounded
// parts add up exactly to the rounded total, with no rounding line: each
// part is first rounded down, then the units still needed go one each to
// the parts with the largest remainders (ties to the earlier part). No
// part moves by a full unit or more from its exact value. It panics for a
// unit that is not one of the four, as [RoundTable] does.
func RoundToTotal(u Unit, parts ...Money) []Money {
	out := make([]Money, len(parts))
	type share struct {
		i   int
		rem decimal.Decimal
	}
	shares := make([]share, len(parts))
	var exact, floors decimal.Decimal
	for i, p := range parts {
		x := p.d.Shift(-u.exp())
		f := x.Floor()
		out[i] = Money{f.Shift(u.exp())}
		shares[i] = share{i, x.Sub(f)}
		exact = exact.Add(x)
		floors = floors.Add(f)
	}
	need := exact.Round(0).Sub(floors).IntPart()
	slices.SortStableFunc(shares, func(a, b share) int { return b.rem.Compare(a.rem) })
	for k := int64(0); k < need; k++ {
		out[shares[k].i] = out[shares[k].i].Add(u.Amount())
	}
	return out
}
