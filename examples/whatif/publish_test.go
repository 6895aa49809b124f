package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// TestPublish writes the comparison and checks its files and the change
// in the gap it reports.
func TestPublish(t *testing.T) {
	base, more, err := runWhatIf(io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	files, err := publish(base, more, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 3 {
		t.Fatalf("wrote %v", files)
	}
	for _, f := range files {
		if b, err := os.ReadFile(f); err != nil || len(b) == 0 {
			t.Errorf("%s: %d bytes, %v", f, len(b), err)
		}
	}
	md, err := os.ReadFile(files[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"change** | **", "Options that become affordable:", "charts/budget-rise.svg"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("whatif.md lacks %q", want)
		}
	}
}
