package investment

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// microsoftDated is the example of Microsoft's documentation of the Excel
// XNPV and XIRR functions ("XNPV function", "XIRR function",
// support.microsoft.com).
func microsoftDated() ([]Money, []time.Time) {
	amounts := []Money{MustGBP("-10000"), MustGBP("2750"), MustGBP("4250"), MustGBP("3250"), MustGBP("2750")}
	dates := []time.Time{day("2008-01-01"), day("2008-03-01"), day("2008-10-30"), day("2009-02-15"), day("2009-04-01")}
	return amounts, dates
}

// TestXNPVMicrosoftExample: XNPV(9%, …) = 2,086.65 in Microsoft's XNPV
// documentation.
func TestXNPVMicrosoftExample(t *testing.T) {
	amounts, dates := microsoftDated()
	got, err := XNPV(0.09, amounts, dates)
	if err != nil || !got.Equal(MustGBP("2086.65")) {
		t.Errorf("XNPV(9%%, Microsoft example) = %v, %v, want 2086.65", got, err)
	}
}

// TestXIRRMicrosoftExample: XIRR(…) = 0.373362535 (37.34%) in Microsoft's
// XIRR documentation, which says Excel iterates until the result is accurate
// within 0.000001 percent; the root to float64 precision is 0.3733625335188….
func TestXIRRMicrosoftExample(t *testing.T) {
	amounts, dates := microsoftDated()
	got, err := XIRR(amounts, dates)
	if err != nil || math.Abs(got-0.373362535) > 1e-8 {
		t.Errorf("XIRR(Microsoft example) = %.10f, %v, want 0.373362535", got, err)
	}
	if math.Abs(got-0.37336253351883) > 1e-12 {
		t.Errorf("XIRR(Microsoft example) = %.14f, want 0.37336253351883", got)
	}
	// At the rate found, XNPV is zero to the penny.
	npv, err := XNPV(got, amounts, dates)
	if err != nil || !npv.IsZero() {
		t.Errorf("XNPV(XIRR) = %v, %v, want £0.00", npv, err)
	}
}

func TestXNPVAgreesWithYearlyDiscounting(t *testing.T) {
	// Whole 365-day years from a non-leap start discount as yearly flows do.
	dates := []time.Time{day("2021-04-01"), day("2022-04-01"), day("2023-04-01")}
	amounts := []Money{MustGBP("-1000"), MustGBP("500"), MustGBP("600")}
	got, err := XNPV(0.035, amounts, dates)
	want := Constant(dRate("0.035")).PresentValue(NewFlow(amounts...))
	if err != nil || !got.Equal(want) {
		t.Errorf("XNPV over whole years = %v, %v, want %v", got, err, want)
	}
	// The order of the later dates does not matter.
	rev, err := XNPV(0.035, []Money{amounts[0], amounts[2], amounts[1]}, []time.Time{dates[0], dates[2], dates[1]})
	if err != nil || !rev.Equal(got) {
		t.Errorf("XNPV with later dates reordered = %v, %v, want %v", rev, err, got)
	}
	r, err := XIRR(amounts, dates)
	if yearly, _ := IRR(NewFlow(amounts...)); err != nil || math.Abs(r-yearly) > 1e-12 {
		t.Errorf("XIRR over whole years = %v, %v, want IRR %v", r, err, yearly)
	}
}

func TestXIRRSeveralRoots(t *testing.T) {
	// −100, 230, −132 a year apart (2021, 2022 and 2023 have 365 days).
	dates := []time.Time{day("2021-01-01"), day("2022-01-01"), day("2023-01-01")}
	amounts := []Money{MustGBP("-100"), MustGBP("230"), MustGBP("-132")}
	_, err := XIRR(amounts, dates)
	var mr *MultipleRootsError
	if !errors.As(err, &mr) || mr.Func != "XIRR" {
		t.Fatalf("XIRR error = %v, want *MultipleRootsError", err)
	}
	if diff := cmp.Diff([]float64{0.1, 0.2}, mr.Roots, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("XIRR roots (-want +got):\n%s", diff)
	}
	// Two amounts on one date count as their sum: no sign change remains.
	same := []time.Time{day("2021-01-01"), day("2022-01-01"), day("2022-01-01")}
	if _, err := XIRR([]Money{MustGBP("100"), MustGBP("-50"), MustGBP("60")}, same); !errors.Is(err, ErrNoSignChange) {
		t.Errorf("XIRR with offsetting amounts on one date: error = %v, want ErrNoSignChange", err)
	}
}

func TestDatedErrors(t *testing.T) {
	amounts, dates := microsoftDated()
	early := append([]time.Time(nil), dates...)
	early[3] = day("2007-12-31")
	tests := []struct {
		name    string
		rate    float64
		amounts []Money
		dates   []time.Time
		want    error
		xirr    bool // XIRR reports it too
	}{
		{"mismatched dates and flows", 0.1, amounts, dates[:4], ErrLength, true},
		{"empty", 0.1, nil, nil, ErrEmptyFlow, true},
		{"date before the first", 0.1, amounts, early, ErrDateOrder, true},
		{"NaN rate", math.NaN(), amounts, dates, ErrNotFinite, false},
		{"infinite rate", math.Inf(-1), amounts, dates, ErrNotFinite, false},
		{"rate of -100%", -1, amounts, dates, ErrRate, false},
		{"factor overflows", -0.999999999, amounts, []time.Time{day("2000-01-01"), day("2100-01-01"), day("2200-01-01"), day("2300-01-01"), day("2400-01-01")}, ErrNotFinite, false},
	}
	for _, tt := range tests {
		if _, err := XNPV(tt.rate, tt.amounts, tt.dates); !errors.Is(err, tt.want) {
			t.Errorf("%s: XNPV error = %v, want %v", tt.name, err, tt.want)
		}
		if !tt.xirr {
			continue
		}
		if _, err := XIRR(tt.amounts, tt.dates); !errors.Is(err, tt.want) {
			t.Errorf("%s: XIRR error = %v, want %v", tt.name, err, tt.want)
		}
	}
	var ie *IndexError
	if _, err := XNPV(0.1, amounts, early); !errors.As(err, &ie) || ie.Position != 4 {
		t.Errorf("XNPV with date 3 early: error = %v, want an *IndexError at 3", err)
	}
	if _, err := XIRR([]Money{MustGBP("1"), MustGBP("2")}, dates[:2]); !errors.Is(err, ErrNoSignChange) {
		t.Errorf("XIRR(1, 2) error = %v, want ErrNoSignChange", err)
	}
	if _, err := XIRR([]Money{MustGBP("-1"), MustGBP("1000000000")}, dates[:2]); !errors.Is(err, ErrNoRoot) {
		t.Errorf("XIRR(-1, 10^9 two months later) error = %v, want ErrNoRoot", err)
	}
}

func TestDayNumberIgnoresTimeOfDayAndZone(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone database")
	}
	// 31 March to 1 April across the change to summer time is one day.
	a := time.Date(2024, 3, 30, 23, 30, 0, 0, london)
	b := time.Date(2024, 3, 31, 0, 15, 0, 0, london)
	if d := dayNumber(b) - dayNumber(a); d != 1 {
		t.Errorf("days from %v to %v = %d, want 1", a, b, d)
	}
}
