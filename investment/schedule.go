package investment

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/shopspring/decimal"
)

// FactorPlaces is the number of decimal places to which [Schedule.Factor]
// rounds discount factors (half away from zero). Present values are exact
// sums of amounts times these factors, rounded once to the penny.
//
// Each factor is within 5×10^-19 of the exact product of 1/(1+r), so a
// present value of n years of amounts up to A differs from the one with
// exact factors by at most n×A×5×10^-19: for 30 years of amounts below £10^7,
// less than 2×10^-8 pence. The penny can differ only when the exact value
// lies that close to a half penny (it did for none of the peers' 100,000
// benchmark streams).
const FactorPlaces = 18

// chainPlaces is the working precision of the compounding chain
// DF(t) = DF(t−1)/(1+r(t)), from which each factor is rounded to
// FactorPlaces. Its error grows by at most 10^-40 a year.
const chainPlaces = 40

// factorScale is 10^FactorPlaces, the scale of the integer factors of the
// fast path.
const factorScale = 1_000_000_000_000_000_000

// Band is one band of a discount schedule: the annual discount rate that
// applies from year From (a year offset, see [Flow]) until the next band
// starts. Rate is a decimal fraction: 0.035 is 3.5%.
type Band struct {
	From int             `json:"from"`
	Rate decimal.Decimal `json:"rate"`
}

// Schedule is a schedule of discount rates by year, such as the Green Book's
// declining long-term rates, and the discount factors it implies:
//
//	DF(0) = 1,  DF(t) = DF(t−1) / (1 + r(t))
//
// where r(t) is the rate of the band that contains year t. So under
// [GreenBook] (3.5% in years 0–30, 3% in years 31–75) DF(30) = 1/1.035^30 and
// DF(31) = DF(30)/1.03.
//
// The zero Schedule is the Green Book schedule, so that a settings struct
// that leaves its schedule unset discounts as HM Treasury guidance does.
// Schedule is an immutable value that is safe to copy and to share between
// goroutines. It computes its factors once, when first needed, and keeps
// them; copies share them.
type Schedule struct {
	s *schedule
}

// schedule holds the validated bands of a Schedule and its table of
// factors, which grows as longer flows are discounted.
type schedule struct {
	bands []Band
	mu    sync.Mutex                  // serialises growth of tab
	tab   atomic.Pointer[factorTable] // read without locking
}

// factorTable holds DF(0) … DF(n−1) in three forms. A table is never
// changed once published; growth publishes a longer copy.
type factorTable struct {
	dec    []decimal.Decimal // rounded to FactorPlaces
	scaled []uint64          // dec × 10^FactorPlaces, for t < fits
	fits   int               // how many leading factors are below 2^64 / 10^18
	flt    []float64         // nearest float64 of dec
	chain  decimal.Decimal   // DF(n−1) to chainPlaces, to extend from
}

// NewSchedule returns the schedule with the given bands. The bands must be
// in strictly increasing order of From, the first must start at year 0 or 1
// (both mean that the first rate applies from the first discounted year),
// and every rate must be greater than −100% and at most 100% (the rule of
// [CheckRate]). Errors are [*IndexError] values naming the band and
// wrapping [ErrBandOrder], [ErrRate] or [ErrRateTooHigh], or [ErrNoBands]
// for none.
func NewSchedule(bands ...Band) (Schedule, error) {
	if err := validateBands(bands); err != nil {
		return Schedule{}, err
	}
	return Schedule{newSchedule(bands)}, nil
}

// MustSchedule is like [NewSchedule] but panics on error. It is meant for
// tests and package-level values built from constants.
func MustSchedule(bands ...Band) Schedule {
	s, err := NewSchedule(bands...)
	if err != nil {
		panic("investment.MustSchedule: " + err.Error())
	}
	return s
}

var minusOne = decimal.NewFromInt(-1)

func validateBands(bands []Band) error {
	if len(bands) == 0 {
		return fmt.Errorf("investment: NewSchedule: %w", ErrNoBands)
	}
	for i, b := range bands {
		switch {
		case i == 0 && b.From != 0 && b.From != 1:
			return &IndexError{What: "band", Position: i + 1,
				Err: fmt.Errorf("first band starts at year %d, want 0 or 1: %w", b.From, ErrBandOrder)}
		case i > 0 && b.From == bands[i-1].From:
			return &IndexError{What: "band", Position: i + 1,
				Err: fmt.Errorf("year %d starts two bands: %w", b.From, ErrBandOrder)}
		case i > 0 && b.From < bands[i-1].From:
			return &IndexError{What: "band", Position: i + 1,
				Err: fmt.Errorf("year %d follows year %d: %w", b.From, bands[i-1].From, ErrBandOrder)}
		}
		if err := checkRate(b.Rate); err != nil {
			return &IndexError{What: "band", Position: i + 1, Err: err}
		}
	}
	return nil
}

func newSchedule(bands []Band) *schedule {
	return &schedule{bands: append([]Band(nil), bands...)}
}

// greenBookBands returns the Green Book band years with the given rates in
// percent, for years 0–30, 31–75, 76–125, 126–200, 201–300 and 301 on.
func greenBookBands(pct ...string) []Band {
	from := [...]int{0, 31, 76, 126, 201, 301}
	bands := make([]Band, len(from))
	for i, p := range pct {
		bands[i] = Band{From: from[i], Rate: decimal.RequireFromString(p).Shift(-2)}
	}
	return bands
}

// The preset schedules share one factor table each.
var (
	greenBook        = sync.OnceValue(func() *schedule { return newSchedule(greenBookBands("3.5", "3", "2.5", "2", "1.5", "1")) })
	greenBookHealth  = sync.OnceValue(func() *schedule { return newSchedule(greenBookBands("1.5", "1.29", "1.07", "0.86", "0.64", "0.43")) })
	greenBookReduced = sync.OnceValue(func() *schedule { return newSchedule(greenBookBands("3", "2.57", "2.14", "1.71", "1.29", "0.86")) })
)

// GreenBook returns the social time preference rate of HM Treasury's Green
// Book (2022, annex A6): 3.5% for years 0–30, 3.0% for 31–75, 2.5%
// for 76–125, 2.0% for 126–200, 1.5% for 201–300 and 1.0% from year 301.
func GreenBook() Schedule { return Schedule{greenBook()} }

// GreenBookHealth returns the Green Book's rates for discounting health
// effects, such as QALYs (2022, annex A6): 1.5% for years 0–30, then 1.29%,
// 1.07%, 0.86%, 0.64% and 0.43% on the same bands as [GreenBook].
func GreenBookHealth() Schedule { return Schedule{greenBookHealth()} }

// GreenBookReduced returns the Green Book's rates that exclude pure time
// preference (2022, annex A6), as used for risk-to-life values: 3.00% for
// years 0–30, then 2.57%, 2.14%, 1.71%, 1.29% and 0.86% on the same bands as
// [GreenBook].
func GreenBookReduced() Schedule { return Schedule{greenBookReduced()} }

// Constant returns the schedule with the same rate in every year, such as a
// sensitivity test at 1.5%. It panics if rate is −100% or less or above
// 100% (see [CheckRate]), which is a programming error; use [NewSchedule] with one band for a rate read from data.
func Constant(rate decimal.Decimal) Schedule {
	s, err := NewSchedule(Band{From: 0, Rate: rate})
	if err != nil {
		panic("investment.Constant: " + err.Error())
	}
	return s
}

func (s Schedule) state() *schedule {
	if s.s == nil {
		return greenBook()
	}
	return s.s
}

// Bands returns a copy of the bands of s.
func (s Schedule) Bands() []Band {
	return append([]Band(nil), s.state().bands...)
}

// Rate returns the rate of the band that contains year t. Years before the
// first band take its rate.
func (s Schedule) Rate(t int) decimal.Decimal {
	return s.state().rate(t)
}

func (st *schedule) rate(t int) decimal.Decimal {
	r := st.bands[0].Rate
	for _, b := range st.bands[1:] {
		if b.From > t {
			break
		}
		r = b.Rate
	}
	return r
}

// MaxHorizon is the furthest year offset a [Schedule] discounts: a million
// years, far beyond any appraisal, and the longest QALY profile of the
// module. The methods that take a year offset or a number of years panic
// beyond it, a programming error like an index out of range;
// [Schedule.EquivalentAnnualCost], whose years often come from data,
// returns an error wrapping [ErrHorizon] instead.
const MaxHorizon = 1_000_000

// Factor returns the discount factor DF(t) of year t, rounded half away
// from zero to [FactorPlaces] decimal places from a chain of divisions
// carried to 40 places: DF(0) = 1 and DF(t) = DF(t−1)/(1+r(t)). Under
// [GreenBook], Factor(10) is 0.708918813… and Factor(31) is Factor(30)/1.03.
// It panics if t < 0 or t > [MaxHorizon], which is a programming error
// like an index out of range;
// a flow that starts before its base year is reported as an error by
// [Schedule.PresentValueAt].
func (s Schedule) Factor(t int) decimal.Decimal {
	if t < 0 {
		panic("investment: Schedule.Factor(" + strconv.Itoa(t) + "): negative year")
	}
	return s.state().table(t + 1).dec[t]
}

// FactorFloat returns [Schedule.Factor] as the nearest float64, for
// discounting quantities that are not money.
func (s Schedule) FactorFloat(t int) float64 {
	if t < 0 {
		panic("investment: Schedule.FactorFloat(" + strconv.Itoa(t) + "): negative year")
	}
	return s.state().table(t + 1).flt[t]
}

// Factors returns a new slice holding DF(0) … DF(n−1).
func (s Schedule) Factors(n int) []decimal.Decimal {
	if n <= 0 {
		return nil
	}
	return append([]decimal.Decimal(nil), s.state().table(n).dec[:n]...)
}

// table returns a factor table of at least n factors, computing and
// publishing a longer one if needed. Readers never lock.
func (st *schedule) table(n int) *factorTable {
	if n > MaxHorizon+1 {
		panic("investment: discount factors beyond year " + strconv.Itoa(MaxHorizon) + " asked for")
	}
	if t := st.tab.Load(); t != nil && len(t.dec) >= n {
		return t
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	old := st.tab.Load()
	if old != nil && len(old.dec) >= n {
		return old
	}
	size := max(n, 64)
	if old != nil {
		size = max(n, 2*len(old.dec))
	}
	t := st.extend(old, size)
	st.tab.Store(t)
	return t
}

var maxScaledFactor = decimal.NewFromUint64(^uint64(0)).Shift(-FactorPlaces)

// extend returns a new table of size factors that starts with old's.
func (st *schedule) extend(old *factorTable, size int) *factorTable {
	t := &factorTable{
		dec:    make([]decimal.Decimal, 0, size),
		scaled: make([]uint64, 0, size),
		flt:    make([]float64, 0, size),
	}
	chain := decimal.NewFromInt(1)
	if old != nil {
		t.dec = append(t.dec, old.dec...)
		t.scaled = append(t.scaled, old.scaled...)
		t.flt = append(t.flt, old.flt...)
		t.fits = old.fits
		chain = old.chain
	}
	one := decimal.NewFromInt(1)
	for y := len(t.dec); y < size; y++ {
		if y > 0 {
			chain = chain.DivRound(one.Add(st.rate(y)), chainPlaces)
		}
		df := chain.Round(FactorPlaces)
		t.dec = append(t.dec, df)
		f, _ := df.Float64()
		t.flt = append(t.flt, f)
		var sc uint64
		if t.fits == y && df.LessThanOrEqual(maxScaledFactor) {
			sc = df.Shift(FactorPlaces).BigInt().Uint64()
			t.fits++
		}
		t.scaled = append(t.scaled, sc)
	}
	t.chain = chain
	return t
}

// String returns the bands of s as "3.5% from year 0, 3% from year 31, …".
func (s Schedule) String() string {
	var b strings.Builder
	for i, band := range s.state().bands {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(percent(band.Rate))
		b.WriteString(" from year ")
		b.WriteString(strconv.Itoa(band.From))
	}
	return b.String()
}

// percent writes a rate as a percentage: 0.035 is "3.5%".
func percent(r decimal.Decimal) string { return r.Shift(2).String() + "%" }

// Equal reports whether s and o have the same bands with equal rates. It
// makes go-cmp compare schedules by value.
func (s Schedule) Equal(o Schedule) bool {
	a, b := s.state().bands, o.state().bands
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].From != b[i].From || !a[i].Rate.Equal(b[i].Rate) {
			return false
		}
	}
	return true
}

// MarshalJSON writes s as its list of bands, each rate a JSON string:
// [{"from":0,"rate":"0.035"},{"from":31,"rate":"0.03"}, …].
func (s Schedule) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.state().bands)
}

// UnmarshalJSON reads a list of bands strictly and validates it as
// [NewSchedule] does; a band that does not decode gives a [*FieldError]
// naming it ("[2].rate"). JSON null leaves s unchanged.
func (s *Schedule) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var forms []struct {
		From int      `json:"from"`
		Rate jsonRate `json:"rate"`
	}
	if err := decodeStrict(data, &forms); err != nil {
		return err
	}
	bands := make([]Band, len(forms))
	for i, b := range forms {
		bands[i] = Band{From: b.From, Rate: decimal.Decimal(b.Rate)}
	}
	t, err := NewSchedule(bands...)
	if err != nil {
		return err
	}
	*s = t
	return nil
}
