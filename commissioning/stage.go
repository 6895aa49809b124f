package commissioning

// Stage is a stage of the commissioning cycle in the Institute of Public
// Care model: Analyse, Plan, Do, Review, after which Review feeds the next
// round's Analyse. The zero Stage is [StageAnalyse], where every round starts.
type Stage int

// The four stages, in cycle order. They carry a Stage prefix because
// [Plan] names the strategic plan itself.
const (
	StageAnalyse Stage = iota // needs assessment, services and spend mapped, resources and risks
	StagePlan                 // gap analysis, options appraisal, prioritising, the strategic plan
	StageDo                   // market facilitation, directions and contracts, budgets allocated
	StageReview               // performance against outcomes, spend against budget, lessons
)

var stageCodec = newCodec("Stage", StageAnalyse, ErrUnknownStage, "Analyse", "Plan", "Do", "Review")

// Valid reports whether s is one of the four stages.
func (s Stage) Valid() bool { return stageCodec.Valid(s) }

// String returns the stage's name, "Analyse", "Plan", "Do" or "Review";
// an invalid stage prints as "Stage(7)".
func (s Stage) String() string { return stageCodec.String(s) }

// Next returns the stage that follows s in the cycle; Review is followed by
// Analyse, the start of the next round.
func (s Stage) Next() Stage {
	if s == StageReview {
		return StageAnalyse
	}
	return s + 1
}

// ParseStage reads a stage's name, ignoring case and surrounding spaces;
// the American spelling "Analyze" is accepted. Other text gives a
// [*FieldError] wrapping [ErrUnknownStage].
func ParseStage(text string) (Stage, error) {
	if foldName(text) == "analyze" {
		return StageAnalyse, nil
	}
	return stageCodec.ParseFold(text, foldName)
}

// MarshalText writes the stage's name; an invalid stage is a [*FieldError]
// wrapping [ErrUnknownStage].
func (s Stage) MarshalText() ([]byte, error) { return stageCodec.Marshal(s) }

// UnmarshalText reads any name [ParseStage] accepts.
func (s *Stage) UnmarshalText(text []byte) error {
	v, err := ParseStage(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
