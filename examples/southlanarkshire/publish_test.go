package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublish writes the board paper, its Markdown and the workbook and
// checks that each is there with the plan in it.
func TestPublish(t *testing.T) {
	r, err := runReport(io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files, err := publish(r, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"report.html", "report.md", "financial-plan.xlsx"} {
		p := filepath.Join(dir, name)
		if !strings.Contains(strings.Join(files, " "), p) {
			t.Errorf("publish did not report writing %s", p)
		}
		b, err := os.ReadFile(p)
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %d bytes, %v", p, len(b), err)
		}
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| **Funding gap** |", "![Net present social value under uncertainty](charts/npsv.svg)", "## Statutory checklist"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
}
