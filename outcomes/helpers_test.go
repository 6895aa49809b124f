package outcomes

import "math"

func nan() float64 { return math.NaN() }

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }
