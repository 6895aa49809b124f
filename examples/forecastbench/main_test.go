package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/needs/forecast"
)

// The embedded sample runs end to end; the Naive row reproduces the
// forecasts of the original M3 NAIVE2 entries on these 60 series.
func TestRunEmbedded(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, config{methods: "Naive,Auto"}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"60 series", "Naive  23.078  3.918", "Auto"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestRunErrors(t *testing.T) {
	if err := run(&bytes.Buffer{}, config{methods: "Nope"}); err == nil {
		t.Error("unknown method accepted")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(p, []byte("id,value\nA,1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := run(&bytes.Buffer{}, config{in: p, methods: "Naive"}); err == nil || !strings.Contains(err.Error(), "split") {
		t.Errorf("missing split column: %v", err)
	}
	if err := run(&bytes.Buffer{}, config{in: filepath.Join(dir, "absent.csv"), methods: "Naive"}); err == nil {
		t.Error("absent file accepted")
	}
}

// Scores do not depend on the number of parallel workers: everything but the
// header and the two time columns is identical for GOMAXPROCS 1 and 2, on
// yearly and on monthly data.
func TestRunIndependentOfGOMAXPROCS(t *testing.T) {
	for _, c := range []config{{methods: "SES,Damped,Auto,DOTM,Ensemble"}, {methods: "SES,Theta,Auto,AutoTheta,Ensemble", synthetic: 24}} {
		independent(t, c)
	}
}

func independent(t *testing.T, c config) {
	t.Helper()
	scores := func(procs int) []string {
		old := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(old)
		var buf bytes.Buffer
		if err := run(&buf, c); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		var out []string
		for _, l := range lines[1:] {
			f := strings.Fields(l)
			out = append(out, strings.Join(f[:len(f)-2], " "))
		}
		return out
	}
	one, two := scores(1), scores(2)
	if len(one) < 4 {
		t.Fatalf("%d table lines, want 4: %q", len(one), one)
	}
	for i := range one {
		if one[i] != two[i] {
			t.Errorf("GOMAXPROCS 1: %q, 2: %q", one[i], two[i])
		}
	}
}

// A quarterly file is read with its periods, and MASE is scaled by the
// in-sample seasonal-naive error mean |y(t) − y(t−4)| (figures by hand).
func TestRunQuarterly(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "q.csv")
	var b strings.Builder
	b.WriteString("id,year,period,value,split\n")
	vals := []float64{10, 20, 30, 40, 12, 22, 32, 42, 14, 24, 34, 44, 16, 26, 36, 46}
	for i, v := range vals {
		split := "train"
		if i >= 12 {
			split = "test"
		}
		fmt.Fprintf(&b, "A,%d,%d,%g,%s\n", 2020+i/4, i%4+1, v, split)
	}
	if err := os.WriteFile(p, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := run(&buf, config{in: p, methods: "Naive,SNaive"}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// Naive forecasts 44 for 16, 26, 36, 46: MAE 14, scale mean |y − y(−4)| = 2;
	// SNaive forecasts 14, 24, 34, 44: MAE 2.
	for _, want := range []string{"1 series (quarterly)", "Naive  42.302  7.000", "SNaive   7.873  1.000"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Read as yearly (-frequency 1), the scale is mean |Δy| instead.
	buf.Reset()
	if err := run(&buf, config{in: p, methods: "Naive", frequency: 1}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "1 series (yearly)") {
		t.Errorf("frequency flag ignored:\n%s", buf.String())
	}
	if err := run(&bytes.Buffer{}, config{in: p, methods: "Naive", frequency: 5}); err == nil {
		t.Error("frequency 5 accepted")
	}
}

// The synthetic monthly set is the same on every call and survives a round
// trip through the long form.
func TestSyntheticRoundTrip(t *testing.T) {
	a, b := syntheticMonthly(30), syntheticMonthly(30)
	p := filepath.Join(t.TempDir(), "m.csv")
	if err := run(&bytes.Buffer{}, config{synthetic: 30, write: p}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := forecast.ReadLong(f)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("two generations differ:\n%s", diff)
	}
	if diff := cmp.Diff(a, c); diff != "" {
		t.Errorf("round trip differs:\n%s", diff)
	}
	for _, h := range a {
		if n := len(h.Train.Values); n < 48 || n > 126 || len(h.Test) != 18 {
			t.Errorf("%s: %d training and %d test months", h.ID, n, len(h.Test))
		}
	}
}

// -choose ranks combinations on the training parts alone, and scores each
// as forecast.Ensemble combines it: the criterion printed for the median
// of Naive, SES and Drift equals the one computed from Ensemble's own
// forecasts at the two origins.
func TestChoose(t *testing.T) {
	var buf bytes.Buffer
	c := config{choose: "Naive,SES,Drift,Theta", size: 3, top: 100, synthetic: 16}
	if err := choose(&buf, c); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// 4 + 6 + 4 subsets, and 4 medians of three.
	if !strings.Contains(out, "18 combinations of 4 methods") {
		t.Errorf("output lacks the count:\n%s", out)
	}
	hs, _, err := load(c)
	if err != nil {
		t.Fatal(err)
	}
	mean := func(hs []forecast.Holdout, opt *forecast.Options) (smape, mase float64) {
		for _, h := range hs {
			mod, err := forecast.Fit(h.Train, forecast.Ensemble, opt)
			if err != nil {
				t.Fatal(err)
			}
			fc, err := mod.Forecast(len(h.Test))
			if err != nil {
				t.Fatal(err)
			}
			acc, err := forecast.Measure(h.Test, fc.Mean, h.Train.Values, int(h.Train.Frequency))
			if err != nil {
				t.Fatal(err)
			}
			smape += acc.SMAPE
			mase += acc.MASE
		}
		return smape / float64(len(hs)), mase / float64(len(hs))
	}
	var crit float64
	for range origins {
		hs = holdOut(hs)
		sm, ma := mean(hs, &forecast.Options{Members: []forecast.Method{forecast.Naive, forecast.SES, forecast.Drift}})
		nsm, nma := mean(hs, &forecast.Options{Members: []forecast.Method{forecast.Naive}})
		crit += (sm/nsm + ma/nma) / 2
	}
	want := fmt.Sprintf("median(Naive, SES, Drift) %.4f", crit/origins)
	if got := strings.Join(strings.Fields(out), " "); !strings.Contains(got, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	if err := choose(&bytes.Buffer{}, config{choose: "Naive,SES", size: 2, top: 1, files: []string{"testdata/m3_yearly_first60.csv"}}); err == nil || !strings.Contains(err.Error(), "origin 2") {
		t.Errorf("short series at a second origin: %v", err)
	}
	for _, c := range []config{
		{choose: "Naive,Ensemble", size: 2},
		{choose: "Naive,SES,Naive", size: 2},
		{choose: "Naive,Nope", size: 2},
		{choose: "Naive,SES", size: 0},
		{choose: "Naive,SES", size: 2, top: -1},
		{choose: "Naive,SES", size: 2, top: 1},
		{choose: "Naive,SES", size: 2, top: 1, synthetic: 4, files: []string{"x.csv"}},
	} {
		if err := choose(&bytes.Buffer{}, c); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
}

// A file whose name ends in .gz is read through gzip; one that is not
// gzipped is an error naming it.
func TestRunGzip(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, config{in: "../../needs/forecast/testdata/m3_quarterly.csv.gz", methods: "SNaive"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "756 series (quarterly)") {
		t.Errorf("output:\n%s", buf.String())
	}
	p := filepath.Join(t.TempDir(), "plain.csv.gz")
	if err := os.WriteFile(p, []byte("id,value,split\nA,1,train\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := run(&bytes.Buffer{}, config{in: p, methods: "Naive"}); err == nil || !strings.Contains(err.Error(), "plain.csv.gz") {
		t.Errorf("plain file named .gz: %v", err)
	}
}
