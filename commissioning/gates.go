package commissioning

import (
	"errors"
	"strings"

	"github.com/opencommissioning/scp/internal/enum"
)

// The reasons a stage of the cycle refuses to start, and other failures of
// a round. The errors the stages return wrap them in a [*GateError] or a
// [*FieldError].
var (
	// ErrNoAssessment reports a Plan stage started without an assessment.
	ErrNoAssessment = errors.New("no assessment")
	// ErrNotCovered reports an assessment that leaves out a locality.
	ErrNotCovered = errors.New("locality not covered by the assessment")
	// ErrNoStrategy reports a Do stage started without a plan.
	ErrNoStrategy = errors.New("no plan")
	// ErrUnbalanced reports a financial plan with a funding gap in a year
	// and no decision logged on it.
	ErrUnbalanced = errors.New("funding gap without a logged decision")
	// ErrNoCommitments reports a Review stage started without commitments.
	ErrNoCommitments = errors.New("no commitments")
	// ErrDecisionReason reports a significant decision logged without its
	// reason.
	ErrDecisionReason = errors.New("decision without a reason")
	// ErrNoPopulation reports inputs without a population.
	ErrNoPopulation = errors.New("no population")
	// ErrNoFinance reports inputs without a financial plan.
	ErrNoFinance = errors.New("no financial plan")
	// ErrUnknownFund reports an investment fund that names no earmarked
	// reserve of the financial plan.
	ErrUnknownFund = errors.New("no earmarked reserve of that id")
	// ErrUnknownStream reports a reference to a funding stream the
	// financial plan does not have.
	ErrUnknownStream = errors.New("unknown funding stream")
	// ErrUnknownLocality reports a reference to a locality the inputs do
	// not list.
	ErrUnknownLocality = errors.New("unknown locality")
	// ErrNoWeights reports an allocation whose weights are all zero.
	ErrNoWeights = errors.New("allocation weights sum to zero")
)

// GateError reports a stage of the cycle that may not start: which stage,
// where the inputs fall short (a locality code, a financial year), and why.
type GateError struct {
	Stage Stage  // the stage refused
	Where string // such as "locality S37000028-CL" or "2023/24"
	Err   error  // ErrNoAssessment, ErrNotCovered, ErrUnbalanced, …
}

// Error implements the error interface.
func (e *GateError) Error() string {
	s := "commissioning: " + e.Stage.String() + " gate"
	if e.Where != "" {
		s += ": " + e.Where
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *GateError) Unwrap() error { return e.Err }

// Decision subjects the gates read. A decision is matched by its Subject.
const (
	// SubjectGap marks a decision on a funding gap: the board accepts the
	// gap of the years it names (or of every year when it names none) and
	// says how it will be closed.
	SubjectGap = "funding-gap"
)

// RankBy names a figure options are ranked and chosen by.
type RankBy int

// The figures options are ranked by. The zero RankBy is ByNPSV.
const (
	ByNPSV RankBy = iota // net present social value
	ByBCR                // benefit–cost ratio
	ByMCDA               // multi-criteria score
)

var rankByCodec = enum.New[RankBy]("commissioning", "RankBy", ByNPSV, ErrUnknownName, "npsv", "bcr", "mcda")

// String returns "npsv", "bcr" or "mcda".
func (r RankBy) String() string { return rankByCodec.String(r) }

// MarshalText writes the name.
func (r RankBy) MarshalText() ([]byte, error) { return rankByCodec.Marshal(r) }

// UnmarshalText reads a name String writes.
func (r *RankBy) UnmarshalText(b []byte) error { return rankByCodec.Unmarshal(r, b) }

// CommitmentKind says how a commitment binds: a direction under s.26 of the
// Public Bodies (Joint Working) (Scotland) Act 2014, or a contract.
type CommitmentKind int

// The kinds of commitment. The zero CommitmentKind is a direction.
const (
	Direction CommitmentKind = iota // to the health board, the council or both
	Contract                        // with a provider
)

var commitmentKindCodec = enum.New[CommitmentKind]("commissioning", "CommitmentKind", Direction, ErrUnknownName, "direction", "contract")

// String returns "direction" or "contract".
func (k CommitmentKind) String() string { return commitmentKindCodec.String(k) }

// MarshalText writes the name.
func (k CommitmentKind) MarshalText() ([]byte, error) { return commitmentKindCodec.Marshal(k) }

// UnmarshalText reads a name String writes.
func (k *CommitmentKind) UnmarshalText(b []byte) error { return commitmentKindCodec.Unmarshal(k, b) }

// AllocationBasis picks the Analyse figure an [Allocation] shares by.
type AllocationBasis int

// The bases. The zero AllocationBasis is the population.
const (
	BasisPopulation AllocationBasis = iota // residents in Allocation.Band
	BasisCases                             // projected cases of Allocation.Condition
	BasisDemand                            // demand for Allocation.Service
)

var allocationBasisCodec = enum.New[AllocationBasis]("commissioning", "AllocationBasis", BasisPopulation, ErrUnknownName, "population", "cases", "demand")

// String returns "population", "cases" or "demand".
func (b AllocationBasis) String() string { return allocationBasisCodec.String(b) }

// MarshalText writes the name.
func (b AllocationBasis) MarshalText() ([]byte, error) { return allocationBasisCodec.Marshal(b) }

// UnmarshalText reads a name String writes.
func (b *AllocationBasis) UnmarshalText(t []byte) error { return allocationBasisCodec.Unmarshal(b, t) }

// joinWhere joins places for a message.
func joinWhere(ws []string) string { return strings.Join(ws, ", ") }
