package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/opencommissioning/scp/internal/golden"
)

// TestWhatIf compares the board paper's table with the golden file. Run
// `go test -update` after a deliberate change and read the diff.
func TestWhatIf(t *testing.T) {
	var got bytes.Buffer
	if err := run(&got); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "whatif.golden"), got.Bytes())
}
