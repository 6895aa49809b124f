package wiretest

import "testing"

func TestReadBack(t *testing.T) {
	type doc struct {
		Name string  `json:"name"`
		X    float64 `json:"x"`
	}
	if got := ReadBack(t, doc{"a", 1.5}); got != (doc{"a", 1.5}) {
		t.Errorf("ReadBack = %+v", got)
	}
}

// recorder stands for a test, counting the failures reported to it.
type recorder struct {
	testing.TB
	failures int
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failures++ }

// unreadable marshals to JSON that it refuses to read.
type unreadable struct{}

func (unreadable) MarshalJSON() ([]byte, error) { return []byte(`1`), nil }
func (*unreadable) UnmarshalJSON([]byte) error  { return errTest }

// drifting reads back as a value that writes other JSON.
type drifting struct{ N int }

func (d drifting) MarshalJSON() ([]byte, error) { return []byte{'0' + byte(d.N)}, nil }
func (d *drifting) UnmarshalJSON([]byte) error  { d.N = 1; return nil }

type testErr struct{}

func (testErr) Error() string { return "refused" }

var errTest error = testErr{}

func TestZeroValues(t *testing.T) {
	type doc struct {
		Name string   `json:"name"`
		List []string `json:"list"`
	}
	ok := &recorder{TB: t}
	ZeroValues(ok, &doc{}, new(int))
	if ok.failures != 0 {
		t.Errorf("ZeroValues reported %d failures on readable zero values", ok.failures)
	}
	bad := &recorder{TB: t}
	ZeroValues(bad, &unreadable{}, &drifting{}, doc{})
	if bad.failures != 3 {
		t.Errorf("ZeroValues reported %d failures, want 3 (unreadable, drifting, not a pointer)", bad.failures)
	}
}

func TestCamelTags(t *testing.T) {
	type inner struct {
		Deep int `json:"deep_name"`
	}
	type wire struct {
		inner
		Good    int `json:"good"`
		Skipped int `json:"-"`
		Bad     int `json:"Bad"`
		Missing int
		hidden  int
	}
	var r recorder
	CamelTags(&r, &wire{hidden: 1})
	if r.failures != 3 {
		t.Errorf("CamelTags found %d faults, want 3 (deep_name, Bad, Missing)", r.failures)
	}
}
