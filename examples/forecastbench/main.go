package main

import (
	"bytes"
	_ "embed"
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

func main() {
	in := flag.String("in", "", "long-form CSV (id, value, split[, t, year, category]); embedded M3 sample if empty")
	methods := flag.String("methods", "Naive,Drift,SES,Holt,Damped,Theta,Comb,Auto", "comma-separated methods")
	flag.Parse()
	if err := run(os.Stdout, *in, *methods); err != nil {
		fmt.Fprintln(os.Stderr, "forecastbench:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, in, methods string) error {
	var r io.Reader = bytes.NewReader(sample)
	name := "embedded M3 yearly sample (60 series)"
	if in != "" {
		f, err := os.Open(in)
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, in
	}
	hs, err := forecast.ReadLong(r)
	if err != nil {
		return err
	}
	var ms []forecast.Method
	for _, s := range strings.Split(methods, ",") {
		m, err := forecast.ParseMethod(strings.TrimSpace(s))
		if err != nil {
			return err
		}
		ms = append(ms, m)
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
	fmt.Fprintf(w, "%s: %d series, %d parallel workers (GOMAXPROCS)\n", name, len(kept), runtime.GOMAXPROCS(0))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "method\tsMAPE\tMASE\tfailed\tseconds\t")
	for _, m := range ms {
		start := time.Now()
		models, errs := forecast.FitEach(train, m, nil)
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
			acc, err := forecast.Measure(h.Test, fc.Mean, h.Train.Values, 1)
			if err != nil {
				failed++
				continue
			}
			smape += acc.SMAPE
			mase += acc.MASE
			n++
		}
		secs := time.Since(start).Seconds()
		if n == 0 {
			fmt.Fprintf(tw, "%v\t-\t-\t%d\t%.3f\t\n", m, failed, secs)
			continue
		}
		fmt.Fprintf(tw, "%v\t%.3f\t%.3f\t%d\t%.3f\t\n", m, smape/float64(n), mase/float64(n), failed, secs)
	}
	return tw.Flush()
}
