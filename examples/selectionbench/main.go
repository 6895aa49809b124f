package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/opencommissioning/scp/commissioning/selection"
)

// result is one line of output. Its field names are those of the peers'
// solver script (knapsack_milp.py: n_options, objective, solve_seconds …),
// not this module's camelCase, so that its lines and the peers' can be
// read side by side by the same tools.
type result struct {
	Instance    string  `json:"instance"`
	Options     int     `json:"n_options"`
	Objective   float64 `json:"objective"`
	Optimal     bool    `json:"optimal"`
	Bound       float64 `json:"bound"`
	Gap         float64 `json:"gap"`
	RelGap      float64 `json:"rel_gap"`
	RootBound   float64 `json:"root_bound"`
	Nodes       int64   `json:"nodes"`
	Chosen      int     `json:"n_chosen"`
	LoadSeconds float64 `json:"load_seconds"`
	Seconds     float64 `json:"solve_seconds"`
}

func main() {
	timeLimit := flag.Duration("time-limit", 0, "stop the search after this wall time (0: none)")
	nodeLimit := flag.Int64("node-limit", 0, "stop the search after this many nodes (0: none)")
	asJSON := flag.Bool("json", false, "print one JSON object per instance")
	progress := flag.Bool("progress", false, "write each better selection found to standard error")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: selectionbench [-time-limit D] [-node-limit N] [-json] [-progress] INSTANCE.json...")
		os.Exit(2)
	}
	for _, path := range flag.Args() {
		opt := &selection.Options{TimeLimit: *timeLimit, NodeLimit: *nodeLimit}
		if *progress {
			last := math.Inf(-1)
			opt.Progress = func(p selection.Progress) {
				if p.Benefit > last {
					last = p.Benefit
					fmt.Fprintf(os.Stderr, "%s: %.3fs nodes %d objective %.3f\n", filepath.Base(path), p.Elapsed.Seconds(), p.Nodes, p.Benefit)
				}
			}
		}
		r, err := run(path, opt)
		if err != nil {
			fmt.Fprintf(os.Stderr, "selectionbench: %s: %v\n", path, err)
			os.Exit(1)
		}
		if *asJSON {
			b, _ := json.Marshal(r)
			fmt.Println(string(b))
			continue
		}
		fmt.Printf("%s: n=%d objective %.3f optimal %v bound %.3f gap %.3f (%.2e) root %.3f nodes %d chosen %d solve %.3fs (load %.3fs)\n",
			r.Instance, r.Options, r.Objective, r.Optimal, r.Bound, r.Gap, r.RelGap, r.RootBound, r.Nodes, r.Chosen, r.Seconds, r.LoadSeconds)
	}
}

func run(path string, opt *selection.Options) (result, error) {
	t0 := time.Now()
	f, err := os.Open(path)
	if err != nil {
		return result{}, err
	}
	defer f.Close()
	in, err := selection.ReadPortfolio(f)
	if err != nil {
		return result{}, err
	}
	p, err := in.Problem(2025)
	if err != nil {
		return result{}, err
	}
	load := time.Since(t0)
	t1 := time.Now()
	sel, err := selection.Select(context.Background(), p, opt)
	wall := time.Since(t1)
	if err != nil {
		return result{}, err
	}
	return result{
		Instance: in.Name, Options: len(in.Options), Objective: sel.Benefit, Optimal: sel.Optimal,
		Bound: sel.Bound, Gap: sel.Gap, RelGap: sel.RelGap, RootBound: sel.RootBound, Nodes: sel.Nodes,
		Chosen: len(sel.IDs), LoadSeconds: load.Seconds(), Seconds: wall.Seconds(),
	}, nil
}
