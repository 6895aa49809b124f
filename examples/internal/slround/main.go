package slround

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// Main is the main function of a program that runs the round: it calls
// run with a buffered standard output and, when run or the final flush
// fails, writes "name: error" to standard error and exits with status 1.
func Main(name string, run func(io.Writer) error) {
	w := bufio.NewWriter(os.Stdout)
	err := run(w)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, name+":", err)
		os.Exit(1)
	}
}
