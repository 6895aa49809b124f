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
	_, err := runReport(w)
	return err
}

// runReport writes the whole worked example to w and returns the report
// with the figures each stage produced.
func runReport(w io.Writer) (*report, error) {
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
		{"budget impact", budgetImpact},
		{"do", do},
		{"review", review},
	}
	for _, s := range steps {
		if err := s.fn(r); err != nil {
			return r, fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return r, r.err
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
