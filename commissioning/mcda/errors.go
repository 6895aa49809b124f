package mcda

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Callers test for them with [errors.Is]; the errors that
// this package returns wrap them in a [*DataError] or [*PairError] that says
// where the problem is.
var (
	// ErrNoCriteria reports a matrix or weight list with no criteria.
	ErrNoCriteria = errors.New("mcda: no criteria")
	// ErrNoAlternatives reports a matrix with no alternatives.
	ErrNoAlternatives = errors.New("mcda: no alternatives")
	// ErrMissingID reports a criterion or alternative with an empty id.
	ErrMissingID = errors.New("mcda: missing id")
	// ErrDuplicateID reports two criteria, or two alternatives, with the same id.
	ErrDuplicateID = errors.New("mcda: duplicate id")
	// ErrDimension reports an alternative whose performance list does not
	// have one value per criterion.
	ErrDimension = errors.New("mcda: dimensions do not match")
	// ErrNotFinite reports a NaN or infinite number where a finite one is required.
	ErrNotFinite = errors.New("mcda: value is NaN or infinite")
	// ErrWeight reports a swing weight that is not positive (zero, negative or NaN).
	ErrWeight = errors.New("mcda: weight is not positive")
	// ErrDirection reports a Direction other than HigherIsBetter or LowerIsBetter.
	ErrDirection = errors.New("mcda: unknown direction")
	// ErrScale reports a malformed scoring scale: fewer than two points, x
	// values not strictly increasing, values outside 0–100, both points and a
	// function, or a scale whose ends contradict the criterion's direction.
	ErrScale = errors.New("mcda: invalid scale")
	// ErrOutOfScale reports a performance outside the range its scale covers,
	// or a value function that returned a value outside 0–100.
	ErrOutOfScale = errors.New("mcda: performance outside its scale")
	// ErrNotPositive reports a value that must be positive and is not: a
	// pairwise judgement, or a performance under linear (max) normalisation.
	ErrNotPositive = errors.New("mcda: value is not positive")
	// ErrNormalisation reports an unknown TOPSIS normalisation.
	ErrNormalisation = errors.New("mcda: unknown normalisation")
	// ErrIndistinct reports a TOPSIS problem in which every alternative
	// performs the same on every criterion, so that each one is both the ideal
	// and the anti-ideal and closeness d⁻/(d⁺+d⁻) is 0/0.
	ErrIndistinct = errors.New("mcda: alternatives are indistinguishable")
	// ErrNotSquare reports a pairwise comparison matrix that is not square.
	ErrNotSquare = errors.New("mcda: pairwise matrix is not square")
	// ErrNotReciprocal reports a pairwise comparison matrix in which a_ji is
	// not 1/a_ij within [ReciprocalTolerance].
	ErrNotReciprocal = errors.New("mcda: pairwise matrix is not reciprocal")
	// ErrDiagonal reports a pairwise comparison matrix whose diagonal is not all ones.
	ErrDiagonal = errors.New("mcda: pairwise matrix diagonal is not one")
	// ErrOrder reports a pairwise comparison matrix that is empty or larger
	// than the random index table (more than 10 rows).
	ErrOrder = errors.New("mcda: pairwise matrix order outside 1–10")
	// ErrEigen reports that the principal eigenvector could not be found or
	// was not positive (which a positive matrix rules out in exact arithmetic).
	ErrEigen = errors.New("mcda: no positive principal eigenvector")
)

// DataError reports a problem with one criterion, one alternative or one
// cell of a [Matrix]. Criterion and Alternative are -1 when the problem is
// not about a particular criterion or alternative; the ids are copied from
// the input for the message. It unwraps to the sentinel that describes the
// problem.
type DataError struct {
	Alternative   int    // row: index into Matrix.Alternatives, or -1
	Criterion     int    // column: index into Matrix.Criteria, or -1
	AlternativeID string // id of that alternative, if any
	CriterionID   string // id of that criterion, if any
	Err           error
}

// Error implements the error interface.
func (e *DataError) Error() string {
	var b strings.Builder
	b.WriteString("mcda: ")
	if e.Alternative >= 0 {
		b.WriteString("alternative " + strconv.Itoa(e.Alternative) + " " + strconv.Quote(e.AlternativeID))
	}
	if e.Criterion >= 0 {
		if e.Alternative >= 0 {
			b.WriteString(", ")
		}
		b.WriteString("criterion " + strconv.Itoa(e.Criterion) + " " + strconv.Quote(e.CriterionID))
	}
	b.WriteString(": ")
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "mcda: "))
	return b.String()
}

// Unwrap returns the underlying reason.
func (e *DataError) Unwrap() error { return e.Err }

// PairError reports a bad entry of a pairwise comparison matrix at row Row
// and column Col (zero-based), or a bad row when Col is -1. It unwraps to
// the sentinel that describes the problem.
type PairError struct {
	Row, Col int
	Err      error
}

// Error implements the error interface.
func (e *PairError) Error() string {
	where := "row " + strconv.Itoa(e.Row)
	if e.Col >= 0 {
		where = "entry (" + strconv.Itoa(e.Row) + ", " + strconv.Itoa(e.Col) + ")"
	}
	return "mcda: pairwise " + where + ": " + strings.TrimPrefix(e.Err.Error(), "mcda: ")
}

// Unwrap returns the underlying reason.
func (e *PairError) Unwrap() error { return e.Err }

func critErr(j int, id string, err error) error {
	return &DataError{Alternative: -1, Criterion: j, CriterionID: id, Err: err}
}

func altErr(i int, id string, err error) error {
	return &DataError{Alternative: i, Criterion: -1, AlternativeID: id, Err: err}
}

func cellErr(i int, aid string, j int, cid string, err error) error {
	return &DataError{Alternative: i, Criterion: j, AlternativeID: aid, CriterionID: cid, Err: err}
}
