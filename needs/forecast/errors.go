package forecast

import (
	"errors"
	"fmt"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/needs"
)

// Sentinel errors. Callers branch on them with [errors.Is]; the typed errors
// below wrap them and say where the problem is. The sentinels' texts have no
// package prefix: every error this package returns starts with "forecast: "
// once.
var (
	// ErrMissing reports a missing (NaN) value in a series that was not given
	// an explicit treatment such as [Series.Interpolate].
	ErrMissing = errors.New("missing value")
	// ErrNotFinite reports an infinite value in a series; it is the
	// module's shared reason, so errors.Is matches it across packages.
	ErrNotFinite = fault.ErrNotFinite
	// ErrTooShort reports a series shorter than a method needs; see [TooShortError].
	ErrTooShort = errors.New("series too short")
	// ErrFrequency reports an unknown frequency or a start period outside the year.
	ErrFrequency = errors.New("invalid frequency or start period")
	// ErrMethod reports an unknown method or an ETS specification that the data
	// cannot support (for example multiplicative components on data that are not
	// strictly positive, or a seasonal component on yearly data).
	ErrMethod = errors.New("invalid method or model")
	// ErrParam reports a fixed parameter outside its bounds.
	ErrParam = errors.New("parameter out of bounds")
	// ErrHorizon reports a forecast horizon below 1 or above [MaxHorizon];
	// see [HorizonError].
	ErrHorizon = errors.New("horizon must be at least 1 and at most MaxHorizon")
	// ErrLevel reports a prediction-interval level outside (0, 100).
	ErrLevel = errors.New("interval level must be in (0, 100)")
	// ErrNoFit reports that no admissible model could be estimated, or that a
	// model produced a non-finite forecast (which is never returned).
	ErrNoFit = errors.New("no admissible model")
	// ErrLength reports accuracy inputs of different or zero length.
	ErrLength = errors.New("length mismatch")
	// ErrScale reports an accuracy measure whose denominator is zero (MASE of a
	// constant training series, MAPE with a zero actual value).
	ErrScale = errors.New("measure undefined (zero denominator)")
	// ErrFormat reports a malformed long-form CSV; [ReadLong] returns it in
	// a [*needs.ParseError] that says where.
	ErrFormat = errors.New("malformed data")
)

// MaxHorizon is the largest forecast horizon accepted, in observations:
// 1,000 years of yearly data, 250 of quarterly, 83 of monthly, far beyond
// any planning horizon, and small enough that the point forecasts and
// simulated paths of a forecast can always be allocated.
const MaxHorizon = 1000

// HorizonError reports a horizon outside 1 … [MaxHorizon]. It wraps
// [ErrHorizon].
type HorizonError struct {
	H   int // the horizon asked for
	Max int // the largest accepted, [MaxHorizon]
}

// Error implements the error interface.
func (e *HorizonError) Error() string {
	return fmt.Sprintf("forecast: horizon h = %d not in 1 … %d", e.H, e.Max)
}

// Unwrap returns [ErrHorizon].
func (e *HorizonError) Unwrap() error { return ErrHorizon }

// checkHorizon returns a [*HorizonError] for h outside 1 … MaxHorizon.
func checkHorizon(h int) error {
	if h < 1 || h > MaxHorizon {
		return &HorizonError{H: h, Max: MaxHorizon}
	}
	return nil
}

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
// [ErrMissing] or [ErrNotFinite].
type ValueError struct {
	Position int    // one-based position in Series.Values
	Label    string // the observation's calendar label ([Series.Label]), such as "2024 Q3"; empty when the series has no Start
	Err      error
}

// valueError returns the ValueError of observation i (zero-based) of s.
func valueError(s Series, i int, err error) *ValueError {
	e := &ValueError{Position: i + 1, Err: err}
	if s.Start != 0 {
		e.Label = s.Label(i)
	}
	return e
}

// Error implements the error interface: "forecast: value 3 (2022): missing value".
func (e *ValueError) Error() string {
	if e.Label == "" {
		return fmt.Sprintf("forecast: value %d: %v", e.Position, e.Err)
	}
	return fmt.Sprintf("forecast: value %d (%s): %v", e.Position, e.Label, e.Err)
}

// Unwrap returns the underlying sentinel.
func (e *ValueError) Unwrap() error { return e.Err }

// pkgError is an error of this package that is not one of its typed errors:
// its message starts with the package prefix.
type pkgError struct{ err error }

func (e *pkgError) Error() string { return "forecast: " + e.err.Error() }

func (e *pkgError) Unwrap() error { return e.err }

// prefixed gives err the package prefix, once: the typed errors write it
// themselves.
func prefixed(err error) error {
	switch err.(type) {
	case nil, *pkgError, *TooShortError, *ValueError, *HorizonError, *needs.ParseError:
		return err
	}
	return &pkgError{err}
}

// wrapf puts the words of format before err, keeping one package prefix; a
// typed error, which says where itself, is returned as it is.
func wrapf(err error, format string, args ...any) error {
	switch e := err.(type) {
	case *TooShortError, *ValueError, *HorizonError, *needs.ParseError:
		return err
	case *pkgError:
		err = e.err
	}
	return &pkgError{fmt.Errorf(format+": %w", append(args, err)...)}
}
