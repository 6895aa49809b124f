package fault

import (
	"fmt"
	"math"
)

// Finite reports whether no v is NaN or infinite.
func Finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// CheckFinite returns nil when v is finite, and otherwise an error naming
// what (a field or quantity, such as "frontier[2].icer") and wrapping
// [ErrNotFinite], prefixed with pkg: "outcomes: qaly: +Inf: value is NaN
// or infinite". It is the guard on a float result computed from finite
// input that overflowed.
func CheckFinite(pkg, what string, v float64) error {
	if !math.IsNaN(v) && !math.IsInf(v, 0) {
		return nil
	}
	return NotFinite(pkg, what, v)
}

// NotFinite returns the error of [CheckFinite] for a value known not to
// be finite.
func NotFinite(pkg, what string, v float64) error {
	if what == "" {
		return fmt.Errorf("%s: %v: %w", pkg, v, ErrNotFinite)
	}
	return fmt.Errorf("%s: %s: %v: %w", pkg, what, v, ErrNotFinite)
}
