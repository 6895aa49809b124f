package investment

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// dRate parses a decimal constant in a test.
func dRate(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestGreenBookPublishedFactors reproduces the discount factors printed in
// HM Treasury, The Green Book (2022), annex A6 (discount factor tables):
// 0.7089 in year 10, 0.3563 in year 30, 0.3459 in year 31 and 0.0942 in year
// 75 at four places, and 0.861667 in year 10 of the health rate at six.
func TestGreenBookPublishedFactors(t *testing.T) {
	tests := []struct {
		name   string
		s      Schedule
		year   int
		places int32
		want   string
	}{
		{"GreenBook", GreenBook(), 0, 4, "1.0000"},
		{"GreenBook", GreenBook(), 10, 4, "0.7089"},
		{"GreenBook", GreenBook(), 30, 4, "0.3563"},
		{"GreenBook", GreenBook(), 31, 4, "0.3459"},
		{"GreenBook", GreenBook(), 75, 4, "0.0942"},
		{"GreenBookHealth", GreenBookHealth(), 10, 6, "0.861667"},
		{"zero Schedule", Schedule{}, 31, 4, "0.3459"},
	}
	for _, tt := range tests {
		got := tt.s.Factor(tt.year).StringFixed(tt.places)
		if got != tt.want {
			t.Errorf("%s.Factor(%d) = %s, want %s (Green Book 2022, annex A6)", tt.name, tt.year, got, tt.want)
		}
	}
}

// greenBookRate returns the rate of year t on the Green Book bands (HM
// Treasury, The Green Book, 2022, annex A6), written independently of the
// code under test.
func greenBookRate(pct [6]string, t int) *big.Rat {
	var i int
	switch {
	case t <= 30:
		i = 0
	case t <= 75:
		i = 1
	case t <= 125:
		i = 2
	case t <= 200:
		i = 3
	case t <= 300:
		i = 4
	default:
		i = 5
	}
	r, ok := new(big.Rat).SetString(pct[i])
	if !ok {
		panic(pct[i])
	}
	return r.Quo(r, big.NewRat(100, 1))
}

// exactFactors returns DF(0) … DF(n−1) as exact rationals.
func exactFactors(rate func(t int) *big.Rat, n int) []*big.Rat {
	out := make([]*big.Rat, n)
	df := big.NewRat(1, 1)
	for t := range n {
		if t > 0 {
			onePlus := new(big.Rat).Add(big.NewRat(1, 1), rate(t))
			df = new(big.Rat).Quo(df, onePlus)
		}
		out[t] = df
	}
	return out
}

// roundRat rounds x half away from zero to places decimal places.
func roundRat(x *big.Rat, places int) decimal.Decimal {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(x.Num(), scale)
	num.Abs(num)
	num.Mul(num, big.NewInt(2))
	num.Add(num, x.Denom())
	q := new(big.Int).Quo(num, new(big.Int).Mul(x.Denom(), big.NewInt(2)))
	if x.Sign() < 0 {
		q.Neg(q)
	}
	return decimal.NewFromBigInt(q, int32(-places))
}

// TestFactorsMatchExactCompounding checks every factor of the presets up to
// year 400 (past the last band change at 301) against the exact rational
// product of 1/(1+r(t)) rounded to FactorPlaces.
func TestFactorsMatchExactCompounding(t *testing.T) {
	presets := []struct {
		name string
		s    Schedule
		pct  [6]string
	}{
		{"GreenBook", GreenBook(), [6]string{"3.5", "3", "2.5", "2", "1.5", "1"}},
		{"GreenBookHealth", GreenBookHealth(), [6]string{"1.5", "1.29", "1.07", "0.86", "0.64", "0.43"}},
		{"GreenBookReduced", GreenBookReduced(), [6]string{"3", "2.57", "2.14", "1.71", "1.29", "0.86"}},
	}
	const n = 401
	for _, p := range presets {
		exact := exactFactors(func(t int) *big.Rat { return greenBookRate(p.pct, t) }, n)
		for y := range n {
			want := roundRat(exact[y], FactorPlaces)
			if got := p.s.Factor(y); !got.Equal(want) {
				t.Errorf("%s.Factor(%d) = %s, want %s", p.name, y, got, want)
			}
			if got, want := p.s.FactorFloat(y), want.InexactFloat64(); got != want {
				t.Errorf("%s.FactorFloat(%d) = %v, want %v", p.name, y, got, want)
			}
		}
	}
}

func TestFactorBandBoundary(t *testing.T) {
	// DF(31) = DF(30)/1.03: the 3% band starts in year 31 (Green Book 2022, annex A6).
	s := GreenBook()
	ratio := s.Factor(30).DivRound(s.Factor(31), 12)
	if want := dRate("1.03"); !ratio.Equal(want) {
		t.Errorf("Factor(30)/Factor(31) = %s, want %s", ratio, want)
	}
	ratio = s.Factor(29).DivRound(s.Factor(30), 12)
	if want := dRate("1.035"); !ratio.Equal(want) {
		t.Errorf("Factor(29)/Factor(30) = %s, want %s", ratio, want)
	}
}

func TestRate(t *testing.T) {
	tests := []struct {
		year int
		want string
	}{
		{-1, "0.035"}, {0, "0.035"}, {30, "0.035"}, {31, "0.03"}, {75, "0.03"}, {76, "0.025"},
		{125, "0.025"}, {126, "0.02"}, {200, "0.02"}, {201, "0.015"}, {300, "0.015"}, {301, "0.01"}, {10000, "0.01"},
	}
	for _, tt := range tests {
		if got := GreenBook().Rate(tt.year); !got.Equal(dRate(tt.want)) {
			t.Errorf("GreenBook().Rate(%d) = %s, want %s", tt.year, got, tt.want)
		}
	}
	reduced := []string{"0.03", "0.0257", "0.0214", "0.0171", "0.0129", "0.0086"}
	health := []string{"0.015", "0.0129", "0.0107", "0.0086", "0.0064", "0.0043"}
	for i, year := range []int{0, 31, 76, 126, 201, 301} {
		if got := GreenBookReduced().Rate(year); !got.Equal(dRate(reduced[i])) {
			t.Errorf("GreenBookReduced().Rate(%d) = %s, want %s", year, got, reduced[i])
		}
		if got := GreenBookHealth().Rate(year); !got.Equal(dRate(health[i])) {
			t.Errorf("GreenBookHealth().Rate(%d) = %s, want %s", year, got, health[i])
		}
	}
}

func TestConstantAndScheduleStartingAtYear1(t *testing.T) {
	c := Constant(dRate("0.035"))
	s := MustSchedule(Band{From: 1, Rate: dRate("0.035")})
	for y := range 50 {
		if !c.Factor(y).Equal(GreenBook().Factor(y)) && y <= 30 {
			t.Errorf("Constant(3.5%%).Factor(%d) = %s, want GreenBook's %s", y, c.Factor(y), GreenBook().Factor(y))
		}
		if !c.Factor(y).Equal(s.Factor(y)) {
			t.Errorf("a band from year 1 gives Factor(%d) = %s, want %s as from year 0", y, s.Factor(y), c.Factor(y))
		}
	}
	if got := Constant(decimal.Zero).Factor(1000); !got.Equal(decimal.NewFromInt(1)) {
		t.Errorf("Constant(0).Factor(1000) = %s, want 1", got)
	}
	// A negative rate above −100% is allowed: factors above 1.
	if got, want := Constant(dRate("-0.5")).Factor(3), dRate("8"); !got.Equal(want) {
		t.Errorf("Constant(-50%%).Factor(3) = %s, want %s", got, want)
	}
}

func TestNewScheduleErrors(t *testing.T) {
	r := dRate("0.03")
	tests := []struct {
		name  string
		bands []Band
		want  error
		index int // -1: not an *IndexError
	}{
		{"no bands", nil, ErrNoBands, -1},
		{"unsorted bands", []Band{{0, r}, {31, r}, {20, r}}, ErrBandOrder, 2},
		{"duplicate band start", []Band{{0, r}, {31, r}, {31, r}}, ErrBandOrder, 2},
		{"first band at year 2", []Band{{2, r}}, ErrBandOrder, 0},
		{"negative start", []Band{{-1, r}}, ErrBandOrder, 0},
		{"rate of -100%", []Band{{0, r}, {10, dRate("-1")}}, ErrRate, 1},
		{"rate below -100%", []Band{{0, dRate("-1.5")}}, ErrRate, 0},
	}
	for _, tt := range tests {
		_, err := NewSchedule(tt.bands...)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: NewSchedule error = %v, want %v", tt.name, err, tt.want)
			continue
		}
		var ie *IndexError
		if tt.index >= 0 && (!errors.As(err, &ie) || ie.Position != tt.index+1 || ie.What != "band") {
			t.Errorf("%s: NewSchedule error = %#v, want an *IndexError for band %d", tt.name, err, tt.index)
		}
	}
}

func TestConstantPanicsOnInvalidRate(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "Constant") {
			t.Errorf("Constant(-1) recovered %v, want a panic naming Constant", r)
		}
	}()
	Constant(dRate("-1"))
}

func TestFactorNegativeYearPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"Factor":      func() { GreenBook().Factor(-1) },
		"FactorFloat": func() { GreenBook().FactorFloat(-1) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s(-1) did not panic", name)
				}
			}()
			f()
		}()
	}
}

func TestFactors(t *testing.T) {
	got := GreenBook().Factors(3)
	want := []decimal.Decimal{dRate("1"), GreenBook().Factor(1), GreenBook().Factor(2)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Factors(3) (-want +got):\n%s", diff)
	}
	got[0] = dRate("5") // the copy is the caller's
	if !GreenBook().Factor(0).Equal(dRate("1")) {
		t.Error("changing the slice from Factors changed the schedule")
	}
	if got := GreenBook().Factors(0); got != nil {
		t.Errorf("Factors(0) = %v, want nil", got)
	}
}

// TestFactorConcurrent grows the table of one schedule from many goroutines
// (run with -race) and checks every answer against a fresh schedule.
func TestFactorConcurrent(t *testing.T) {
	bands := []Band{{0, dRate("0.035")}, {11, dRate("0.03")}, {21, dRate("0.025")}}
	shared := MustSchedule(bands...)
	ref := MustSchedule(bands...).Factors(2000)
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := range 8 {
		wg.Go(func() {
			for i := range 300 {
				y := (i*37 + g*101) % 2000
				if got := shared.Factor(y); !got.Equal(ref[y]) {
					errs <- "Factor mismatch"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestScheduleString(t *testing.T) {
	want := "3.5% from year 0, 3% from year 31, 2.5% from year 76, 2% from year 126, 1.5% from year 201, 1% from year 301"
	if got := GreenBook().String(); got != want {
		t.Errorf("GreenBook().String() = %q, want %q", got, want)
	}
}

func TestScheduleEqual(t *testing.T) {
	if !GreenBook().Equal(Schedule{}) {
		t.Error("GreenBook() is not Equal to the zero Schedule")
	}
	if GreenBook().Equal(GreenBookHealth()) {
		t.Error("GreenBook() Equal GreenBookHealth()")
	}
	if !Constant(dRate("0.035")).Equal(MustSchedule(Band{0, dRate("0.0350")})) {
		t.Error("Constant(0.035) is not Equal to a band of 0.0350")
	}
	if Constant(dRate("0.035")).Equal(GreenBook()) {
		t.Error("Constant(0.035) Equal GreenBook()")
	}
}

func TestScheduleJSON(t *testing.T) {
	for _, s := range []Schedule{GreenBook(), GreenBookHealth(), Constant(dRate("0.015"))} {
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back Schedule
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", data, err)
		}
		if !back.Equal(s) {
			t.Errorf("JSON round trip of %v gave %v", s, back)
		}
	}
	data, _ := json.Marshal(Constant(dRate("0.035")))
	if got, want := string(data), `[{"from":0,"rate":"0.035"}]`; got != want {
		t.Errorf("Marshal(Constant(3.5%%)) = %s, want %s", got, want)
	}
	bad := []struct {
		in   string
		want error
	}{
		{`[{"from":0,"rate":"0.03"},{"from":0,"rate":"0.02"}]`, ErrBandOrder},
		{`[{"from":0,"rate":"-2"}]`, ErrRate},
		{`[]`, ErrNoBands},
	}
	for _, tt := range bad {
		var s Schedule
		if err := json.Unmarshal([]byte(tt.in), &s); !errors.Is(err, tt.want) {
			t.Errorf("Unmarshal(%s) error = %v, want %v", tt.in, err, tt.want)
		}
	}
	var s Schedule
	if err := json.Unmarshal([]byte(`{"from":0}`), &s); err == nil {
		t.Error("Unmarshal of an object, not a list, succeeded")
	}
}

func TestBandsIsACopy(t *testing.T) {
	b := GreenBook().Bands()
	b[0].Rate = dRate("0.5")
	if got := GreenBook().Rate(0); !got.Equal(dRate("0.035")) {
		t.Errorf("after changing Bands(), Rate(0) = %s", got)
	}
}
