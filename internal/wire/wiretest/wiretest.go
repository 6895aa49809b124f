// Package wiretest helps tests check that the module's types cross the
// wire: that a value written as JSON reads back.
package wiretest

import (
	"encoding/json"
	"testing"
)

// ReadBack marshals v with [json.Marshal] and reads the result back into a
// new value of its type with [json.Unmarshal], failing the test if either
// step fails.
func ReadBack[T any](tb testing.TB, v T) T {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatalf("Marshal(%T): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		tb.Fatalf("Unmarshal(%s) into %T: %v", b, back, err)
	}
	return back
}
