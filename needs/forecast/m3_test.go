package forecast

import (
	"compress/gzip"
	"encoding/csv"
	"io"
	"math"
	"os"
	"strings"
	"testing"
)

// loadM3 reads the M3 yearly set.
func loadM3(t testing.TB) []Holdout { return loadTestdata(t, "m3_yearly.csv") }

// loadTestdata reads a long-form file from testdata, through gzip when its
// name ends in .gz.
func loadTestdata(t testing.TB, name string) []Holdout {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = z
	}
	hs, err := ReadLong(r)
	if err != nil {
		t.Fatal(err)
	}
	return hs
}

// m3Score fits method to every M3 series in hs and returns mean sMAPE and
// MASE over the official horizons (MASE scaled by the in-sample seasonal
// naive error), and the chosen model names.
func m3Score(t testing.TB, hs []Holdout, method Method) (smape, mase float64, names []string) {
	ss := make([]Series, len(hs))
	for i, h := range hs {
		ss[i] = h.Train
	}
	models, errs := FitEach(ss, method, nil)
	for i, h := range hs {
		if errs[i] != nil {
			t.Fatalf("%s: %v", h.ID, errs[i])
		}
		fc, err := models[i].Forecast(len(h.Test))
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		acc, err := Measure(h.Test, fc.Mean, h.Train.Values, max(int(h.Train.Frequency), 1))
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		smape += acc.SMAPE
		mase += acc.MASE
		names = append(names, models[i].Name())
	}
	n := float64(len(hs))
	return smape / n, mase / n, names
}

// The M3 yearly competition data (Makridakis & Hibon 2000; 645 series, h = 6,
// from R package Mcomp 2.8). Published anchors for the same metric code:
// NAIVE2 17.880 / 3.172 (the original submission), and R forecast 8.20
// ets(model = "ZZN") 17.003 / 2.860 measured on this machine. Auto must do
// no worse than R's ets on both.
func TestM3YearlyAccuracy(t *testing.T) {
	hs := loadM3(t)
	if len(hs) != 645 {
		t.Fatalf("%d series, want 645", len(hs))
	}
	short := testing.Short() || raceEnabled
	if short {
		hs = hs[:60]
	}
	s, m, _ := m3Score(t, hs, Naive)
	if !short && (math.Abs(s-17.880) > 5e-4 || math.Abs(m-3.172) > 5e-4) {
		t.Errorf("Naive sMAPE %.4f MASE %.4f, want NAIVE2's 17.880 / 3.172", s, m)
	}
	s, m, names := m3Score(t, hs, Auto)
	t.Logf("Auto: sMAPE %.3f MASE %.3f", s, m)
	if !short && (s > 17.003 || m > 2.860) {
		t.Errorf("Auto sMAPE %.3f MASE %.3f, want at most R ets's 17.003 / 2.860", s, m)
	}
	// Agreement with R's per-series choice (forecasts CSV written by the
	// peers' m3_yearly_r.R with forecast 8.20).
	ref := loadRChoices(t)
	same := 0
	for i, h := range hs {
		if ref[h.ID] == names[i] {
			same++
		}
	}
	t.Logf("same model as R ets on %d of %d series", same, len(hs))
	if frac := float64(same) / float64(len(hs)); frac < 0.5 {
		t.Errorf("same model as R on only %.0f%% of series", 100*frac)
	}
}

func loadRChoices(t testing.TB) map[string]string {
	f, err := os.Open("testdata/m3_yearly_ets_forecasts.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The method column holds unquoted commas ("ETS(M,A,N)"): it is every
	// field between the id and the last three (h, forecast, actual).
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range recs[1:] {
		out[r[0]] = strings.Join(r[1:len(r)-3], ",")
	}
	return out
}
