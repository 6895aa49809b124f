// Command southlanarkshire runs the library's main worked example: one
// round of strategic commissioning for South Lanarkshire Health and Social
// Care Partnership (council area S12000029, partnership S37000028), whose
// Strategic Commissioning Plan 2022–25 set three headline priorities:
// early intervention, prevention and inequalities; mental health and
// addictions; sustaining and improving day-to-day services.
//
// It walks the cycle in order and prints what an analyst would put in front
// of the Integration Joint Board:
//
//   - Analyse: the population of the four localities and how it ages,
//     dementia prevalence projected from it, a forecast of the partnership
//     population checked against the published estimates, and the demand
//     for care at home against capacity.
//   - Plan: the three-year medium-term financial plan and its funding gap,
//     the economic case for the options, multi-criteria scores, the best
//     affordable set chosen exactly under the budget of every year, and
//     marginal analysis.
//   - Do: the chosen investment allocated to the localities, to the penny,
//     and the table published in £000 with its rounding line.
//   - Review: the national indicators against their trajectories, what each
//     investment contributes to the outcomes, and the social return.
//
// Every figure comes from embedded data. Population totals for 2018, 2019,
// 2021 and 2022 are the published National Records of Scotland mid-year
// estimates; the locality splits, rates, budgets and options are
// constructed for the example, and the output says so where they appear.
//
// Usage:
//
//	go run ./examples/southlanarkshire
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	err := run(w)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "southlanarkshire:", err)
		os.Exit(1)
	}
}

// run writes the whole worked example to w.
func run(w io.Writer) error {
	r := &report{w: w}
	r.title("South Lanarkshire Health and Social Care Partnership — strategic commissioning 2022–25")
	r.para("One round of the commissioning cycle (Analyse → Plan → Do → Review) on embedded data.",
		"Figures marked (constructed) are built for the example and are not official statistics.")
	steps := []struct {
		name string
		fn   func(*report) error
	}{
		{"analyse", analyse},
		{"plan", plan},
		{"do", do},
		{"review", review},
	}
	for _, s := range steps {
		if err := s.fn(r); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return r.err
}

// report writes headed sections and remembers the first write error.
type report struct {
	w   io.Writer
	err error
	// Figures carried from one stage of the cycle to the next.
	state state
}

func (r *report) printf(format string, args ...any) {
	if r.err != nil {
		return
	}
	_, r.err = fmt.Fprintf(r.w, format, args...)
}

func (r *report) title(s string) {
	r.printf("%s\n%s\n\n", s, underline(s, '='))
}

func (r *report) section(s string) {
	r.printf("\n%s\n%s\n\n", s, underline(s, '-'))
}

func (r *report) para(lines ...string) {
	for _, l := range lines {
		r.printf("%s\n", l)
	}
	r.printf("\n")
}

func underline(s string, c rune) string {
	n := 0
	for range s {
		n++
	}
	b := make([]rune, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}
