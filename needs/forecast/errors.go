package forecast

import (
	"errors"
	"fmt"
)

// Sentinel errors. Callers branch on them with [errors.Is]; the typed errors
// below wrap them and say where the problem is.
var (
	// ErrMissing reports a missing (NaN) value in a series that was not given
	// an explicit treatment such as [Series.Interpolate].
	ErrMissing = errors.New("forecast: missing value")
	// ErrNonFinite reports an infinite value in a series.
	ErrNonFinite = errors.New("forecast: non-finite value")
	// ErrTooShort reports a series shorter than a method needs; see [TooShortError].
	ErrTooShort = errors.New("forecast: series too short")
	// ErrFrequency reports an unknown frequency or a start period outside the year.
	ErrFrequency = errors.New("forecast: invalid frequency or start period")
	// ErrMethod reports an unknown method or an ETS specification that the data
	// cannot support (for example multiplicative components on data that are not
	// strictly positive, or a seasonal component on yearly data).
	ErrMethod = errors.New("forecast: invalid method or model")
	// ErrParam reports a fixed parameter outside its bounds.
	ErrParam = errors.New("forecast: parameter out of bounds")
	// ErrHorizon reports a forecast horizon below 1.
	ErrHorizon = errors.New("forecast: horizon must be at least 1")
	// ErrLevel reports a prediction-interval level outside (0, 100).
	ErrLevel = errors.New("forecast: interval level must be in (0, 100)")
	// ErrNoFit reports that no admissible model could be estimated, or that a
	// model produced a non-finite forecast (which is never returned).
	ErrNoFit = errors.New("forecast: no admissible model")
	// ErrLength reports accuracy inputs of different or zero length.
	ErrLength = errors.New("forecast: length mismatch")
	// ErrScale reports an accuracy measure whose denominator is zero (MASE of a
	// constant training series, MAPE with a zero actual value).
	ErrScale = errors.New("forecast: measure undefined (zero denominator)")
	// ErrFormat reports a malformed long-form CSV; [ReadLong] returns it in
	// a [*needs.ParseError] that says where.
	ErrFormat = errors.New("forecast: malformed data")
)

// TooShortError says which method needed how many observations. It wraps
// [ErrTooShort].
type TooShortError struct {
	Method string // method or model name, e.g. "ETS(A,Ad,N)"
	Min    int    // minimum number of observations
	Got    int    // observations supplied
}

// Error implements the error interface.
func (e *TooShortError) Error() string {
	return fmt.Sprintf("forecast: %s needs at least %d observations, got %d", e.Method, e.Min, e.Got)
}

// Unwrap returns [ErrTooShort].
func (e *TooShortError) Unwrap() error { return ErrTooShort }

// ValueError says which observation of a series is unusable. It wraps
// [ErrMissing] or [ErrNonFinite].
type ValueError struct {
	Index int // zero-based position in Series.Values
	Err   error
}

// Error implements the error interface.
func (e *ValueError) Error() string {
	return fmt.Sprintf("forecast: value %d: %v", e.Index, e.Err)
}

// Unwrap returns the underlying sentinel.
func (e *ValueError) Unwrap() error { return e.Err }
