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
