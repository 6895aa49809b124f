package needs

import (
	"errors"
	"testing"
)

// 1,234 admissions over 250,000 adults is 493.6 per 100,000 (the rate shape
// of the Core Suite of Integration Indicators, e.g. NI-12).
func TestCrudeRate(t *testing.T) {
	got, err := CrudeRate(1234, 250000, Per100000, 0)
	if err != nil || !near(got.Value, 493.6, 1e-9) {
		t.Fatalf("CrudeRate = %+v, %v, want 493.6", got, err)
	}
	if got.Level != 0.95 || !(got.Lower < 493.6 && got.Upper > 493.6) {
		t.Errorf("interval %+v", got)
	}
	if r, _ := CrudeRate(5, 1000, Per1000, 0.9); r.Value != 5 || r.Level != 0.9 {
		t.Errorf("per 1,000: %+v", r)
	}
	if r, _ := CrudeRate(5, 1000, Per100, 0); r.Value != 0.5 {
		t.Errorf("per 100: %+v", r)
	}
	for _, bad := range []struct {
		e, p, per, lvl float64
		want           error
	}{
		{1, 0, Per1000, 0, ErrZeroDenominator},
		{-1, 10, Per1000, 0, ErrNegative},
		{nanValue(), 10, Per1000, 0, ErrNotFinite},
		{1, 10, 0, 0, ErrBadArgument},
		{1, 10, Per1000, 1.5, ErrBadArgument},
	} {
		if _, err := CrudeRate(bad.e, bad.p, bad.per, bad.lvl); !errors.Is(err, bad.want) {
			t.Errorf("CrudeRate(%v, %v, %v, %v) = %v, want %v", bad.e, bad.p, bad.per, bad.lvl, err, bad.want)
		}
	}
}

// Exact Poisson limits from the chi-squared distribution; published tables
// (e.g. the APHO/PHE confidence interval tool) give 4.795 and 18.390 for 10
// events at 95%, and an upper limit of 3.689 for 0 events.
func TestPoissonLimits(t *testing.T) {
	lo, hi, err := PoissonLimits(10, 0.95)
	if err != nil || !near(lo, 4.795389, 1e-5) || !near(hi, 18.390356, 1e-5) {
		t.Errorf("PoissonLimits(10) = %v, %v, %v", lo, hi, err)
	}
	lo, hi, _ = PoissonLimits(0, 0.95)
	if lo != 0 || !near(hi, 3.688879, 1e-5) {
		t.Errorf("PoissonLimits(0) = %v, %v", lo, hi)
	}
	if _, _, err := PoissonLimits(-1, 0.95); !errors.Is(err, ErrBadArgument) {
		t.Errorf("PoissonLimits(-1) = %v", err)
	}
}

// ESP 2013 (Eurostat 2013, KS-RA-13-028): 19 bands whose weights sum to 100,000.
func TestESP2013(t *testing.T) {
	s := ESP2013()
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, w := range s.Weights {
		sum += w
	}
	if len(s.Bands) != 19 || sum != 100000 || s.Weights[0] != 5000 || s.Weights[18] != 1000 || s.Bands[18] != (Band{90, Open}) {
		t.Errorf("ESP2013: %d bands, weights sum %v", len(s.Bands), sum)
	}
	u75, err := s.Within(Band{0, 74})
	if err != nil || len(u75.Bands) != 15 {
		t.Fatalf("Within(0-74) = %v, %v", u75, err)
	}
	sum = 0
	for _, w := range u75.Weights {
		sum += w
	}
	if sum != 91000 {
		t.Errorf("ESP 2013 under-75 weights sum %v, want 91,000", sum)
	}
	if _, err := s.Within(Band{0, 72}); !errors.Is(err, ErrBandNotFound) {
		t.Errorf("Within(0-72) = %v", err)
	}
}

// A directly age-standardised rate computed by hand from the ESP 2013 weights:
// stratum i (0-4 … 90+) has i+1 deaths in 10,000 people, so
// DSR = Σ w_i·(i+1)/10,000 / 100,000 × 100,000
//
//	= (1·5000 + 2·5500 + 3·5500 + 4·5500 + 5·6000 + 6·6000 + 7·6500 + 8·7000
//	   + 9·7000 + 10·7000 + 11·7000 + 12·6500 + 13·6000 + 14·5500 + 15·5000
//	   + 16·4000 + 17·2500 + 18·1500 + 19·1000) / 10,000
//	= 892,500 / 10,000 = 89.25 per 100,000.
func TestStandardisedRateByHand(t *testing.T) {
	strata := make([]Stratum, 19)
	for i := range strata {
		strata[i] = Stratum{Events: float64(i + 1), Population: 10000}
	}
	got, err := ESP2013().Rate(strata, Per100000, 0.95)
	if err != nil || !near(got.Value, 89.25, 1e-9) {
		t.Fatalf("DSR = %+v, %v, want 89.25", got, err)
	}
	if !(got.Lower < got.Value && got.Value < got.Upper) || got.Events != 190 || got.Population != 190000 {
		t.Errorf("DSR estimate %+v", got)
	}
}

// When each stratum's population is proportional to the standard, the DSR is
// the crude rate and Dobson's interval is the exact Poisson interval of the
// crude rate: a check of the Dobson formula.
func TestDobsonReducesToPoisson(t *testing.T) {
	s := ESP2013()
	strata := make([]Stratum, len(s.Bands))
	var events float64
	for i, w := range s.Weights {
		strata[i] = Stratum{Events: float64(i % 4), Population: w / 10}
		events += float64(i % 4)
	}
	got, err := s.Rate(strata, Per100000, 0.95)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := CrudeRate(events, 10000, Per100000, 0.95)
	if !near(got.Value, want.Value, 1e-9) || !near(got.Lower, want.Lower, 1e-9) || !near(got.Upper, want.Upper, 1e-9) {
		t.Errorf("Dobson %+v, exact Poisson %+v", got, want)
	}
}

func TestStandardisedRateErrors(t *testing.T) {
	s := ESP2013()
	good := make([]Stratum, 19)
	for i := range good {
		good[i] = Stratum{1, 100}
	}
	zeroPopEvents := append([]Stratum(nil), good...)
	zeroPopEvents[3] = Stratum{2, 0}
	negative := append([]Stratum(nil), good...)
	negative[5].Events = -1
	none := make([]Stratum, 19)
	for i := range none {
		none[i].Population = 100
	}
	for _, tt := range []struct {
		name   string
		s      Standard
		strata []Stratum
		want   error
	}{
		{"wrong length", s, good[:18], ErrBadArgument},
		{"events without population", s, zeroPopEvents, ErrZeroDenominator},
		{"negative events", s, negative, ErrNegative},
		{"no events", s, none, ErrNoEvents},
		{"bad standard", Standard{Name: "x", Bands: []Band{{0, 4}}, Weights: []float64{-1}}, good[:1], ErrBadArgument},
		{"gapped standard", Standard{Name: "x", Bands: []Band{{0, 4}, {6, 9}}, Weights: []float64{1, 1}}, good[:2], ErrBandGap},
	} {
		if _, err := tt.s.Rate(tt.strata, Per100000, 0); !errors.Is(err, tt.want) {
			t.Errorf("%s: Rate = %v, want %v", tt.name, err, tt.want)
		}
	}
	// A stratum with neither people nor events adds nothing.
	empty := append([]Stratum(nil), good...)
	empty[18] = Stratum{}
	if _, err := s.Rate(empty, Per100000, 0); err != nil {
		t.Errorf("empty stratum: %v", err)
	}
}

// Dobson limits cross-checked with an independent evaluation of the same
// formula in R 4.2.2 (qchisq): deaths 2·i² in bands i = 1 … 15 (0-4 … 70-74)
// of 20,000 people on the ESP 2013 under-75 weights give 831.2088 per 100,000,
// 95% CI 798.5742 to 864.8272.
func TestDobsonAgainstR(t *testing.T) {
	esp, _ := ESP2013().Within(Band{0, 74})
	strata := make([]Stratum, len(esp.Bands))
	for i := range strata {
		strata[i] = Stratum{Events: float64(2 * (i + 1) * (i + 1)), Population: 20000}
	}
	got, err := esp.Rate(strata, Per100000, 0.95)
	if err != nil || !near(got.Value, 831.2088, 1e-4) || !near(got.Lower, 798.5742, 1e-4) || !near(got.Upper, 864.8272, 1e-4) {
		t.Errorf("Rate = %+v, %v, want 831.2088 (798.5742, 864.8272)", got, err)
	}
}

func TestStandardisedRatio(t *testing.T) {
	e, err := ExpectedEvents([]float64{0.001, 0.01, 0.1}, []float64{10000, 2000, 300})
	if err != nil || !near(e, 60, 1e-12) {
		t.Fatalf("ExpectedEvents = %v, %v, want 60", e, err)
	}
	// 84 observed against 60 expected: SMR 140, limits = Poisson limits of 84 / 60 × 100.
	got, err := StandardisedRatio(84, e, Per100, 0.95)
	lo, hi, _ := PoissonLimits(84, 0.95)
	if err != nil || !near(got.Value, 140, 1e-9) || !near(got.Lower, lo/60*100, 1e-9) || !near(got.Upper, hi/60*100, 1e-9) {
		t.Errorf("StandardisedRatio = %+v, %v", got, err)
	}
	if _, err := StandardisedRatio(1, 0, Per100, 0); !errors.Is(err, ErrZeroDenominator) {
		t.Errorf("zero expected: %v", err)
	}
	if _, err := StandardisedRatio(1, -2, Per100, 0); !errors.Is(err, ErrBadArgument) {
		t.Errorf("negative expected: %v", err)
	}
	if _, err := ExpectedEvents([]float64{0.1}, []float64{1, 2}); !errors.Is(err, ErrBadArgument) {
		t.Errorf("lengths: %v", err)
	}
	if _, err := ExpectedEvents([]float64{-0.1}, []float64{1}); !errors.Is(err, ErrNegative) {
		t.Errorf("negative rate: %v", err)
	}
}
