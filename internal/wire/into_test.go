package wire

import (
	"errors"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

func TestInto(t *testing.T) {
	type doc struct {
		Name  string `json:"name"`
		Count int    `json:"count"`
	}
	wrapped := errors.New("wrapped")
	var seen *Error
	wrap := func(e *Error) error { seen = e; return wrapped }

	d := doc{Name: "kept"}
	if err := Into([]byte(`{"name":"x","cuont":1}`), &d, wrap); err != wrapped {
		t.Fatalf("Into = %v, want the wrapped error", err)
	}
	if seen == nil || seen.Path != "cuont" || !errors.Is(seen, fault.ErrUnknownField) {
		t.Errorf("wrap saw %v, want cuont: unknown field", seen)
	}
	if d.Name != "kept" {
		t.Errorf("failed Into changed the destination to %+v", d)
	}
	if err := Into([]byte(`{"name":"x","count":2}`), &d, wrap); err != nil || d != (doc{"x", 2}) {
		t.Errorf("Into = %+v, %v", d, err)
	}
}

func TestMessage(t *testing.T) {
	err := errors.New("unknown field")
	if got := Message("pkg", "items[2].cost", err); got != "pkg: items[2].cost: unknown field" {
		t.Errorf("Message = %q", got)
	}
	if got := Message("pkg", "", err); got != "pkg: unknown field" {
		t.Errorf("Message = %q", got)
	}
}
