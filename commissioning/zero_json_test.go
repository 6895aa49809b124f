package commissioning

import (
	"testing"

	"github.com/opencommissioning/scp/internal/wire/wiretest"
)

// TestZeroValuesRoundTrip checks that the zero value of every exported
// type that crosses the wire marshals, and reads back as the zero value.
func TestZeroValuesRoundTrip(t *testing.T) {
	zeros := []any{
		&Appraiser{}, &Appraisal{}, &SwitchingValue{}, &Weighted{}, &Cycle{}, &Artefact{}, &Decision{},
		&Distribution{}, &IncomeGroup{}, &GroupShare{}, &Equity{}, &Input{}, &Filter{}, &Candidate{},
		&LongList{}, &ShortList{}, &Comparison{}, &Simulation{}, &SimulationResult{}, &OptionResult{},
		&Percentile{}, &Bounds{}, &Share{}, &OptimismBias{}, &Option{}, &Plan{}, &Priority{},
		&Constraints{}, &Bar{}, &Tornado{}, &Grid{},
	}
	wiretest.CamelTags(t, zeros...)
	wiretest.ZeroValues(t, zeros...)
}
