package main

import (
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/opencommissioning/scp/needs/forecast"
)

// origins is the number of forecast origins, counted back from the end of
// each training part, that -choose scores on.
const origins = 2

// scored is one data set seen at one origin: the held-out values of each
// series, every pool method's forecasts of them (nil where the method
// could not be fitted) and each series' MASE scale.
type scored struct {
	name  string
	hs    []forecast.Holdout
	fc    map[forecast.Method][][]float64
	naive [2]float64 // Naive's mean sMAPE and MASE, the criterion's unit
}

// candidate is one combination with its criterion and its scores on each
// scored set.
type candidate struct {
	members []forecast.Method
	median  bool
	crit    float64
	scores  [][2]float64
}

func (c candidate) String() string {
	names := make([]string, len(c.members))
	for i, m := range c.members {
		names[i] = m.String()
	}
	rule := "mean"
	if c.median {
		rule = "median"
	}
	if len(c.members) == 1 {
		return names[0]
	}
	return rule + "(" + strings.Join(names, ", ") + ")"
}

// choose ranks combinations of the methods c.choose names by how well
// they forecast the training parts of the data sets in c.files (or of the
// synthetic set c.synthetic asks for), never their test parts. Each set is scored at
// two origins: the last h values of every training part held out (h the
// series' test length) and fitted on the rest, then the h values before
// those. Every combination of one to c.size methods is scored by the mean
// and, with three or more members, by the median, as Ensemble combines
// them (over the members that could be fitted; Naive's forecast where
// none could). The criterion is the mean over sets and origins of
// (sMAPE / Naive's sMAPE + MASE / Naive's MASE) / 2, lower better.
func choose(w io.Writer, c config) error {
	pool, err := parseMethods(c.choose)
	if err != nil {
		return err
	}
	for i, m := range pool {
		if m == forecast.Ensemble {
			return errors.New("-choose: Ensemble cannot be in the pool")
		}
		if slices.Contains(pool[:i], m) {
			return fmt.Errorf("-choose: %v named twice", m)
		}
	}
	if len(pool) > 20 {
		return fmt.Errorf("-choose: %d methods, at most 20", len(pool))
	}
	if c.size < 1 {
		return fmt.Errorf("-size %d: want at least 1", c.size)
	}
	if c.top < 1 {
		return fmt.Errorf("-top %d: want at least 1", c.top)
	}
	files := c.files
	if len(files) == 0 && c.synthetic == 0 {
		return errors.New("-choose: name the files to rank on after the flags (the embedded sample is too short for a second origin)")
	}
	if c.synthetic > 0 {
		if len(files) > 0 {
			return errors.New("-choose: files and -synthetic exclude each other")
		}
		files = []string{""}
	}
	var sets []scored
	for _, f := range files {
		cf := c
		cf.in = f
		hs, name, err := load(cf)
		if err != nil {
			return err
		}
		for o := 1; o <= origins; o++ {
			hs = holdOut(hs)
			if len(hs) == 0 {
				return fmt.Errorf("%s: no series long enough for origin %d", name, o)
			}
			s, err := fitPool(hs, pool)
			if err != nil {
				return fmt.Errorf("%s, origin %d: %w", name, o, err)
			}
			s.name = fmt.Sprintf("%s, origin %d (%d series)", name, o, len(hs))
			sets = append(sets, s)
		}
	}
	var cands []candidate
	for mask := uint(1); mask < 1<<len(pool); mask++ {
		k := bits.OnesCount(mask)
		if k > c.size {
			continue
		}
		var members []forecast.Method
		for i, m := range pool {
			if mask&(1<<i) != 0 {
				members = append(members, m)
			}
		}
		for _, median := range []bool{false, true} {
			if median && k < 3 {
				continue
			}
			cd := candidate{members: members, median: median}
			for _, s := range sets {
				sm, ma, err := s.score(members, median)
				if err != nil {
					return fmt.Errorf("%s, %v: %w", s.name, cd, err)
				}
				cd.scores = append(cd.scores, [2]float64{sm, ma})
				cd.crit += (sm/s.naive[0] + ma/s.naive[1]) / 2
			}
			cd.crit /= float64(len(sets))
			cands = append(cands, cd)
		}
	}
	// A stable sort keeps ties in enumeration order, so the ranking is
	// the same on every run.
	slices.SortStableFunc(cands, func(a, b candidate) int {
		switch {
		case a.crit < b.crit:
			return -1
		case a.crit > b.crit:
			return 1
		}
		return 0
	})
	fmt.Fprintf(w, "%d combinations of %d methods ranked on the training parts; sMAPE / MASE on:\n", len(cands), len(pool))
	for i, s := range sets {
		fmt.Fprintf(w, "  set %d: %s; Naive %.3f / %.3f\n", i+1, s.name, s.naive[0], s.naive[1])
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "rank\tcombination\tcriterion")
	for i := range sets {
		fmt.Fprintf(tw, "\tset %d", i+1)
	}
	fmt.Fprintln(tw)
	for i, cd := range cands[:min(c.top, len(cands))] {
		fmt.Fprintf(tw, "%d\t%v\t%.4f", i+1, cd, cd.crit)
		for _, s := range cd.scores {
			fmt.Fprintf(tw, "\t%.3f / %.3f", s[0], s[1])
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// fitPool fits Naive and every pool method to the training part of each
// series in hs and keeps their forecasts of its held-out part.
func fitPool(hs []forecast.Holdout, pool []forecast.Method) (scored, error) {
	train := make([]forecast.Series, len(hs))
	for i, h := range hs {
		train[i] = h.Train
	}
	s := scored{hs: hs, fc: map[forecast.Method][][]float64{}}
	for _, m := range append([]forecast.Method{forecast.Naive}, pool...) {
		if _, done := s.fc[m]; done {
			continue
		}
		models, errs := forecast.FitEach(train, m, nil)
		fcs := make([][]float64, len(hs))
		for i, h := range hs {
			if errs[i] != nil {
				continue
			}
			fc, err := models[i].Forecast(len(h.Test))
			if err != nil {
				continue
			}
			fcs[i] = fc.Mean
		}
		s.fc[m] = fcs
	}
	for i := range hs {
		if s.fc[forecast.Naive][i] == nil {
			return scored{}, fmt.Errorf("series %s: Naive has no forecast", hs[i].ID)
		}
	}
	sm, ma, err := s.score([]forecast.Method{forecast.Naive}, false)
	if err != nil {
		return scored{}, err
	}
	s.naive = [2]float64{sm, ma}
	return s, nil
}

// score returns the mean sMAPE and MASE over the set of the combination of
// members by the mean or the median.
func (s scored) score(members []forecast.Method, median bool) (smape, mase float64, err error) {
	var v []float64
	for i, h := range s.hs {
		fc := make([]float64, len(h.Test))
		for k := range fc {
			v = v[:0]
			for _, m := range members {
				if f := s.fc[m][i]; f != nil {
					v = append(v, f[k])
				}
			}
			if len(v) == 0 {
				v = append(v, s.fc[forecast.Naive][i][k])
			}
			fc[k] = combine(v, median)
		}
		acc, err := forecast.Measure(h.Test, fc, h.Train.Values, max(int(h.Train.Frequency), 1))
		if err != nil {
			return 0, 0, fmt.Errorf("series %s: %w", h.ID, err)
		}
		smape += acc.SMAPE
		mase += acc.MASE
	}
	n := float64(len(s.hs))
	return smape / n, mase / n, nil
}

// combine returns the mean or the median of v (reordering v), the rules
// of forecast.Ensemble.
func combine(v []float64, median bool) float64 {
	if median {
		slices.Sort(v)
		k := len(v)
		if k%2 == 1 {
			return v[k/2]
		}
		return (v[k/2-1] + v[k/2]) / 2
	}
	var sum float64
	for _, x := range v {
		sum += x
	}
	return sum / float64(len(v))
}
