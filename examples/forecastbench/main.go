package main

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/opencommissioning/scp/needs/forecast"
)

//go:embed testdata/m3_yearly_first60.csv
var sample []byte

// config is what the command line asks for.
type config struct {
	in        string // long-form CSV; the embedded sample if empty
	methods   string // comma-separated method names
	frequency int    // observations per year for files without a period column (0: from the file)
	synthetic int    // number of synthetic monthly series instead of a file (0: none)
	write     string // file to write the data to in long form, instead of scoring
	members   string // comma-separated members of Ensemble (empty: the default)
	mean      bool   // Ensemble by the mean instead of the median
	holdout   bool   // score on the training parts, their last h values held out
	choose    string // comma-separated pool of methods whose combinations are ranked (empty: no ranking)
	size      int    // most members of a ranked combination
	top       int    // combinations printed when ranking
	files     []string
}

func main() {
	var c config
	flag.StringVar(&c.in, "in", "", "long-form CSV (id, value, split[, t, year, period, category]), gzipped if the name ends in .gz; embedded M3 yearly sample if empty")
	flag.StringVar(&c.methods, "methods", "Naive,SNaive,SES,Holt,Damped,Theta,Comb,Auto,STM,OTM,DSTM,DOTM,AutoTheta,Ensemble", "comma-separated methods")
	flag.IntVar(&c.frequency, "frequency", 0, "observations per year (1, 4 or 12) of every series, for files without a period column")
	flag.IntVar(&c.synthetic, "synthetic", 0, "score this many synthetic monthly series (see doc) instead of a file")
	flag.StringVar(&c.write, "write", "", "write the series to this file in long form and stop")
	flag.StringVar(&c.members, "members", "", "comma-separated methods the Ensemble method combines (default forecast.DefaultMembers)")
	flag.BoolVar(&c.mean, "mean", false, "Ensemble combines by the mean instead of the median")
	flag.BoolVar(&c.holdout, "holdout", false, "ignore the test rows: hold out the last h training values of each series (h = its test length) and score on them")
	flag.StringVar(&c.choose, "choose", "", "rank every combination of these comma-separated methods on the training parts of the files named after the flags")
	flag.IntVar(&c.size, "size", 5, "with -choose: the most members of a combination")
	flag.IntVar(&c.top, "top", 10, "with -choose: the number of combinations printed")
	flag.Parse()
	c.files = flag.Args()
	run := run
	if c.choose != "" {
		run = choose
	}
	err := run(os.Stdout, c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "forecastbench:", err)
		os.Exit(1)
	}
}

// load returns the series the configuration names and a description.
func load(c config) ([]forecast.Holdout, string, error) {
	if c.synthetic > 0 {
		if c.in != "" {
			return nil, "", errors.New("-in and -synthetic exclude each other")
		}
		return syntheticMonthly(c.synthetic), fmt.Sprintf("synthetic monthly set (seed %d)", syntheticSeed), nil
	}
	var r io.Reader = bytes.NewReader(sample)
	name := "embedded M3 yearly sample (60 series)"
	if c.in != "" {
		f, err := os.Open(c.in)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		r, name = f, c.in
		if strings.HasSuffix(c.in, ".gz") {
			z, err := gzip.NewReader(f)
			if err != nil {
				return nil, "", fmt.Errorf("%s: %w", c.in, err)
			}
			r = z
		}
	}
	hs, err := forecast.ReadLong(r)
	if err != nil {
		return nil, "", err
	}
	if c.frequency != 0 {
		if err := forecast.SetFrequency(hs, forecast.Frequency(c.frequency)); err != nil {
			return nil, "", err
		}
	}
	return hs, name, nil
}

func run(w io.Writer, c config) error {
	hs, name, err := load(c)
	if err != nil {
		return err
	}
	if c.holdout {
		hs = holdOut(hs)
		name += " (last test-length of each training part held out)"
	}
	if c.write != "" {
		f, err := os.Create(c.write)
		if err != nil {
			return err
		}
		if err := writeLong(f, hs); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	ms, err := parseMethods(c.methods)
	if err != nil {
		return err
	}
	opt := &forecast.Options{Mean: c.mean}
	if c.members != "" {
		if opt.Members, err = parseMethods(c.members); err != nil {
			return err
		}
	}
	train := make([]forecast.Series, 0, len(hs))
	var kept []forecast.Holdout
	for _, h := range hs {
		if len(h.Test) == 0 {
			continue
		}
		train = append(train, h.Train)
		kept = append(kept, h)
	}
	if len(kept) == 0 {
		return fmt.Errorf("%s: no series with test rows", name)
	}
	fmt.Fprintf(w, "%s: %d series (%s), %d parallel workers (GOMAXPROCS)\n", name, len(kept), frequencies(kept), runtime.GOMAXPROCS(0))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "method\tsMAPE\tMASE\tfailed\tms/series\tseconds\t")
	for _, m := range ms {
		score(tw, m, opt, train, kept)
	}
	return tw.Flush()
}

// score fits m to every training series, forecasts the test horizons and
// writes one table row: mean sMAPE, mean MASE (scaled by the in-sample
// seasonal-naive error at the series' frequency), the number of series
// that failed, and the time per series and in all.
func score(w io.Writer, m forecast.Method, opt *forecast.Options, train []forecast.Series, kept []forecast.Holdout) {
	start := time.Now()
	models, errs := forecast.FitEach(train, m, opt)
	var smape, mase float64
	var n, failed int
	for i, h := range kept {
		if errs[i] != nil {
			failed++
			continue
		}
		fc, err := models[i].Forecast(len(h.Test))
		if err != nil {
			failed++
			continue
		}
		freq := max(int(h.Train.Frequency), 1)
		acc, err := forecast.Measure(h.Test, fc.Mean, h.Train.Values, freq)
		if err != nil {
			failed++
			continue
		}
		smape += acc.SMAPE
		mase += acc.MASE
		n++
	}
	secs := time.Since(start).Seconds()
	per := 1000 * secs / float64(len(kept))
	if n == 0 {
		fmt.Fprintf(w, "%v\t-\t-\t%d\t%.3f\t%.3f\t\n", m, failed, per, secs)
		return
	}
	fmt.Fprintf(w, "%v\t%.3f\t%.3f\t%d\t%.3f\t%.3f\t\n", m, smape/float64(n), mase/float64(n), failed, per, secs)
}

// frequencies describes the frequencies present, e.g. "quarterly".
func frequencies(hs []forecast.Holdout) string {
	count := map[forecast.Frequency]int{}
	for _, h := range hs {
		f := h.Train.Frequency
		if f == 0 {
			f = forecast.Yearly
		}
		count[f]++
	}
	var parts []string
	for _, f := range []forecast.Frequency{forecast.Yearly, forecast.Quarterly, forecast.Monthly} {
		if count[f] == len(hs) {
			return f.String()
		}
		if count[f] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[f], f))
		}
	}
	return strings.Join(parts, ", ")
}

// parseMethods reads a comma-separated list of method names.
func parseMethods(list string) ([]forecast.Method, error) {
	var ms []forecast.Method
	for _, s := range strings.Split(list, ",") {
		m, err := forecast.ParseMethod(strings.TrimSpace(s))
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	return ms, nil
}

// holdOut replaces each series' test part by the last h values of its
// training part, h the length of its test part, so that methods can be
// compared without the test values. Series whose training part would keep
// fewer than h values are dropped.
func holdOut(hs []forecast.Holdout) []forecast.Holdout {
	var out []forecast.Holdout
	for _, h := range hs {
		k := len(h.Test)
		n := len(h.Train.Values)
		if k == 0 || n-k < k {
			continue
		}
		v := h
		v.Train.Values = h.Train.Values[:n-k]
		v.Test = h.Train.Values[n-k:]
		out = append(out, v)
	}
	return out
}
