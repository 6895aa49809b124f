package mcda

import (
	"errors"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
)

// Sentinel errors. Callers test for them with [errors.Is]; the errors that
// this package returns wrap them in a [*DataError], [*PairError] or
// [*FieldError] that says where the problem is, or in an error whose
// message starts "mcda: ".
var (
	// ErrNoCriteria reports a matrix or weight list with no criteria.
	ErrNoCriteria = errors.New("no criteria")
	// ErrNoAlternatives reports a matrix with no alternatives.
	ErrNoAlternatives = fault.ErrNoAlternatives
	// ErrEmptyID reports a criterion or alternative with an empty id. It is
	// the module's shared reason.
	ErrEmptyID = fault.ErrEmptyID
	// ErrDuplicateID reports two criteria, or two alternatives, with the
	// same id. It is the module's shared reason.
	ErrDuplicateID = fault.ErrDuplicateID
	// ErrDimension reports an alternative whose performance list does not
	// have one value per criterion, or a wrong number of pairwise judgements.
	ErrDimension = errors.New("dimensions do not match")
	// ErrNotFinite reports a NaN or infinite number where a finite one is
	// required. It is the module's shared reason.
	ErrNotFinite = fault.ErrNotFinite
	// ErrRange reports a value outside its documented range, such as a
	// pairwise judgement beyond [MaxJudgement]. It is the module's shared
	// reason.
	ErrRange = fault.ErrRange
	// ErrWeight reports a swing weight that is not positive (zero, negative or NaN).
	ErrWeight = errors.New("weight is not positive")
	// ErrDirection reports a criterion whose Direction is unset (the zero
	// Direction) or not one of HigherIsBetter and LowerIsBetter, or a
	// direction text that names neither.
	ErrDirection = errors.New("criterion direction unset or unknown")
	// ErrScale reports a malformed scoring scale: fewer than two points, x
	// values not strictly increasing, values outside 0–100, both points and a
	// function, or a scale whose ends contradict the criterion's direction.
	ErrScale = errors.New("invalid scale")
	// ErrOutOfScale reports a performance outside the range its scale covers,
	// or a value function that returned a value outside 0–100.
	ErrOutOfScale = errors.New("performance outside its scale")
	// ErrNotPositive reports a value that must be positive and is not: a
	// pairwise judgement, a performance under linear (max) normalisation,
	// or a sensitivity setting.
	ErrNotPositive = errors.New("value is not positive")
	// ErrNormalisation reports an unknown TOPSIS normalisation.
	ErrNormalisation = errors.New("unknown normalisation")
	// ErrIndistinct reports a TOPSIS problem in which every alternative
	// performs the same on every criterion, so that each one is both the ideal
	// and the anti-ideal and closeness d⁻/(d⁺+d⁻) is 0/0.
	ErrIndistinct = errors.New("alternatives are indistinguishable")
	// ErrNotSquare reports a pairwise comparison matrix that is not square.
	ErrNotSquare = errors.New("pairwise matrix is not square")
	// ErrNotReciprocal reports a pairwise comparison matrix in which a_ji is
	// not 1/a_ij within [ReciprocalTolerance].
	ErrNotReciprocal = errors.New("pairwise matrix is not reciprocal")
	// ErrDiagonal reports a pairwise comparison matrix whose diagonal is not all ones.
	ErrDiagonal = errors.New("pairwise matrix diagonal is not one")
	// ErrOrder reports a pairwise comparison matrix that is empty or larger
	// than the random index table (more than 10 rows).
	ErrOrder = errors.New("pairwise matrix order outside 1–10")
	// ErrEigen reports that the principal eigenvector could not be found or
	// was not positive (which a positive matrix rules out in exact arithmetic).
	ErrEigen = errors.New("no positive principal eigenvector")
	// ErrUnknownField reports a field of a JSON document that the type it
	// is read into does not have. It is the module's shared reason.
	ErrUnknownField = fault.ErrUnknownField
)

// DataError reports a problem with one criterion, one alternative or one
// cell of a [Matrix]. Row and Column are one-based positions of the
// alternative in Matrix.Alternatives and of the criterion in
// Matrix.Criteria, zero when the problem is not about a particular
// alternative or criterion; the ids are copied from the input for the
// message. It unwraps to the sentinel that describes the problem.
type DataError struct {
	Row           int    // one-based position of the alternative, or 0
	Column        int    // one-based position of the criterion, or 0
	AlternativeID string // id of that alternative, if any
	CriterionID   string // id of that criterion, if any
	Err           error
}

// Error implements the error interface.
func (e *DataError) Error() string {
	var b strings.Builder
	b.WriteString("mcda: ")
	if e.Row > 0 {
		b.WriteString("alternative " + strconv.Itoa(e.Row) + " " + strconv.Quote(e.AlternativeID))
	}
	if e.Column > 0 {
		if e.Row > 0 {
			b.WriteString(", ")
		}
		b.WriteString("criterion " + strconv.Itoa(e.Column) + " " + strconv.Quote(e.CriterionID))
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying reason.
func (e *DataError) Unwrap() error { return e.Err }

// PairError reports a bad entry of a pairwise comparison matrix at row Row
// and column Column, both one-based, or a bad row when Column is 0. It
// unwraps to the sentinel that describes the problem.
type PairError struct {
	Row, Column int
	Err         error
}

// Error implements the error interface.
func (e *PairError) Error() string {
	where := "row " + strconv.Itoa(e.Row)
	if e.Column > 0 {
		where = "entry (" + strconv.Itoa(e.Row) + ", " + strconv.Itoa(e.Column) + ")"
	}
	return "mcda: pairwise " + where + ": " + e.Err.Error()
}

// Unwrap returns the underlying reason.
func (e *PairError) Unwrap() error { return e.Err }

// FieldError reports a field of a JSON document that cannot be read, or
// a text that names no value of the package's enumerated types: Path names
// the field as a reader counts, positions from 1, such as
// alternatives[2].performance[3], and is empty for the document as a whole
// or a lone value. It unwraps to the reason, such as [ErrUnknownField] for
// a misspelt field.
type FieldError struct {
	Path string
	Err  error

	at *wire.Error // the same failure, for a document that holds this one
}

// Error implements the error interface.
func (e *FieldError) Error() string { return wire.Message("mcda", e.Path, e.Err) }

// Unwrap returns the reason, through the form with the path that the
// decoder of an enclosing document places below its own.
func (e *FieldError) Unwrap() error {
	if e.at == nil {
		return e.Err
	}
	return e.at
}

// critErr, altErr and cellErr take zero-based indices and report them one-based.
func critErr(j int, id string, err error) error {
	return &DataError{Column: j + 1, CriterionID: id, Err: err}
}

func altErr(i int, id string, err error) error {
	return &DataError{Row: i + 1, AlternativeID: id, Err: err}
}

func cellErr(i int, aid string, j int, cid string, err error) error {
	return &DataError{Row: i + 1, Column: j + 1, AlternativeID: aid, CriterionID: cid, Err: err}
}

// pairErr reports entry (i, j) of a pairwise matrix, zero-based indices,
// one-based in the error; j < 0 means the whole row.
func pairErr(i, j int, err error) error {
	return &PairError{Row: i + 1, Column: j + 1, Err: err}
}
