// Package golden compares the output of a test with a golden file, and
// rewrites the file from the output when the tests run with -update:
//
//	go test -update ./examples/whatif
//
// Read the diff of the golden file after a deliberate change before
// committing it.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// maxShown is how many differing lines a failure lists at the most.
const maxShown = 20

// Check compares got with the golden file at path and fails the test,
// listing the lines that differ, when they are not the same byte for byte.
// With -update it first writes got to path.
func Check(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if !bytes.Equal(want, got) {
		tb.Errorf("output differs from %s (run go test -update after a deliberate change):\n%s", path, Diff(string(want), string(got)))
	}
}

// Diff lists, line by line, where got differs from want: each differing
// line number with the wanted line (-) and the line got (+), at most
// twenty of them, then the number of lines of each. It returns "" when
// want and got are the same.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := range max(len(w), len(g)) {
		wl, wok := line(w, i)
		gl, gok := line(g, i)
		if wok == gok && wl == gl {
			continue
		}
		if shown == maxShown {
			b.WriteString("…\n")
			break
		}
		shown++
		fmt.Fprintf(&b, "line %d:\n", i+1)
		if wok {
			fmt.Fprintf(&b, "-%s\n", wl)
		}
		if gok {
			fmt.Fprintf(&b, "+%s\n", gl)
		}
	}
	fmt.Fprintf(&b, "(want %d lines, got %d)", len(w), len(g))
	return b.String()
}

// line returns the i-th line of lines, and whether there is one.
func line(lines []string, i int) (string, bool) {
	if i < len(lines) {
		return lines[i], true
	}
	return "", false
}
