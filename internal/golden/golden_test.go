package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	if d := Diff("a\nb\n", "a\nb\n"); d != "" {
		t.Errorf("Diff of equal texts = %q", d)
	}
	d := Diff("a\nb\nc", "a\nB\nc\nd")
	for _, want := range []string{"line 2:\n-b\n+B\n", "line 4:\n+d\n", "(want 3 lines, got 4)"} {
		if !strings.Contains(d, want) {
			t.Errorf("Diff lacks %q:\n%s", want, d)
		}
	}
	if strings.Contains(d, "line 1:") || strings.Contains(d, "line 3:") {
		t.Errorf("Diff lists equal lines:\n%s", d)
	}
	many := Diff(strings.Repeat("x\n", 30), strings.Repeat("y\n", 30))
	if n := strings.Count(many, "line "); n != maxShown || !strings.Contains(many, "…") {
		t.Errorf("Diff of 30 differing lines shows %d:\n%s", n, many)
	}
}

// recorder stands for a test, recording whether Check failed it.
type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.failed = true
	r.msg = format
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	same := &recorder{TB: t}
	Check(same, path, []byte("one\ntwo\n"))
	if same.failed {
		t.Error("Check failed on the same output")
	}
	other := &recorder{TB: t}
	Check(other, path, []byte("one\ntwo"))
	if !other.failed {
		t.Error("Check passed output missing the last newline")
	}
}
