package csvcol

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
)

// The reasons of [ParseNumber].
var (
	// ErrNotDecimal reports text that is not a number in decimal notation.
	ErrNotDecimal = errors.New("not a decimal number")
	// ErrOverflow reports a decimal number beyond the range of float64.
	ErrOverflow = errors.New("number beyond the range of float64")
)

// NumberError is a field that [ParseNumber] refuses: the text, a hint at
// what was probably meant, and the reason ([ErrNotDecimal], [ErrOverflow]
// or fault.ErrNotFinite for "NaN" and "Inf").
type NumberError struct {
	Text string
	Hint string
	Err  error
}

// Value quotes the text with its hint: `"1,5" (a decimal comma? write 1.5)`.
func (e *NumberError) Value() string {
	q := strconv.Quote(e.Text)
	if e.Hint != "" {
		q += " (" + e.Hint + ")"
	}
	return q
}

// Error implements error.
func (e *NumberError) Error() string { return e.Value() + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *NumberError) Unwrap() error { return e.Err }

// ParseNumber is the one number parser of the module's readers. It reads a
// number in decimal notation only: an optional sign (a Unicode minus − is a
// minus), digits with at most one decimal point, and an optional exponent
// (1.5e3), around which spaces and no-break spaces are ignored. It refuses
// hexadecimal floats, digit separators, "NaN", "Inf" and numbers that
// overflow float64, with a [*NumberError]; its result is always finite.
func ParseNumber(s string) (float64, error) {
	t := strings.TrimFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' })
	if rest, ok := strings.CutPrefix(t, "−"); ok {
		t = "-" + rest
	}
	if !decimal(t) {
		return 0, &NumberError{Text: s, Hint: hint(t), Err: reason(t)}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, &NumberError{Text: s, Err: ErrOverflow}
	}
	return v, nil
}

// decimal reports whether t is [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?.
func decimal(t string) bool {
	i := 0
	if i < len(t) && (t[i] == '+' || t[i] == '-') {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
			n++
		}
		return n
	}
	n := digits()
	if i < len(t) && t[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(t)
}

// reason is why a non-decimal t is refused.
func reason(t string) error {
	switch strings.ToLower(strings.TrimLeft(t, "+-")) {
	case "nan", "inf", "infinity":
		return fault.ErrNotFinite
	}
	return ErrNotDecimal
}

// hint guesses what a refused t meant.
func hint(t string) string {
	l := strings.ToLower(strings.TrimLeft(t, "+-"))
	switch {
	case t == "":
		return "empty"
	case strings.HasPrefix(l, "0x"):
		return "hexadecimal: write the number in decimal"
	case strings.Count(t, ",") == 1 && !strings.Contains(t, ".") && decimal(strings.Replace(t, ",", ".", 1)):
		return "a decimal comma? write " + strings.Replace(t, ",", ".", 1)
	case strings.Contains(t, ",") || strings.Contains(t, "_"):
		return "digit separators: write the number without them"
	case strings.HasSuffix(t, "%"):
		return "a percentage, where a number is expected"
	}
	return ""
}
