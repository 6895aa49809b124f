package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The embedded sample runs end to end; the Naive row reproduces the
// forecasts of the original M3 NAIVE2 entries on these 60 series.
func TestRunEmbedded(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, "", "Naive,Auto"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"60 series", "Naive  23.078  3.918", "Auto"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestRunErrors(t *testing.T) {
	if err := run(&bytes.Buffer{}, "", "Nope"); err == nil {
		t.Error("unknown method accepted")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(p, []byte("id,value\nA,1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := run(&bytes.Buffer{}, p, "Naive"); err == nil || !strings.Contains(err.Error(), "split") {
		t.Errorf("missing split column: %v", err)
	}
	if err := run(&bytes.Buffer{}, filepath.Join(dir, "absent.csv"), "Naive"); err == nil {
		t.Error("absent file accepted")
	}
}

// Scores do not depend on the number of parallel workers: everything but the
// header and the seconds column is identical for GOMAXPROCS 1 and 2.
func TestRunIndependentOfGOMAXPROCS(t *testing.T) {
	scores := func(procs int) []string {
		old := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(old)
		var buf bytes.Buffer
		if err := run(&buf, "", "SES,Damped,Auto"); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		var out []string
		for _, l := range lines[1:] {
			f := strings.Fields(l)
			out = append(out, strings.Join(f[:len(f)-1], " "))
		}
		return out
	}
	one, two := scores(1), scores(2)
	if len(one) != 4 {
		t.Fatalf("%d table lines, want 4: %q", len(one), one)
	}
	for i := range one {
		if one[i] != two[i] {
			t.Errorf("GOMAXPROCS 1: %q, 2: %q", one[i], two[i])
		}
	}
}
