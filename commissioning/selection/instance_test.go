package selection

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// loadPeer reads testdata/portfolio_n<n>.json, the performance peers'
// portfolio format ([Portfolio]), as a Problem over 2025/26 on.
func loadPeer(tb testing.TB, n int) Problem {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", fmt.Sprintf("portfolio_n%d.json", n)))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	pf, err := ReadPortfolio(f)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := pf.Problem(2025)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}
