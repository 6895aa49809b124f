package commissioning_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/internal/badinput"
	"github.com/opencommissioning/scp/investment"
)

// badInput is one entry of the catalogue (see badinput.Case).
type badInput struct {
	Name string
	Call func() error
	Want error
	As   func(error) bool
}

func TestCatalogue(t *testing.T) {
	fieldErr := badinput.Typed[*commissioning.FieldError]()
	distErr := badinput.Typed[*commissioning.DistributionError]()
	optErr := badinput.Typed[*commissioning.OptionError]()
	max, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	weight := func(y, ref, eta float64) func() error {
		return func() error { return badinput.ErrOf(commissioning.DistributionalWeight(y, ref, eta)) }
	}
	equity := commissioning.Equity{Reference: 30000, Groups: []commissioning.IncomeGroup{{Name: "q1", Income: 10000}, {Name: "q5", Income: 90000}}}
	quantile := func(d commissioning.Distribution, err error) func(p float64) func() error {
		return func(p float64) func() error {
			return func() error {
				if err != nil {
					return err
				}
				return badinput.ErrOf(d.Quantile(p))
			}
		}
	}
	flow := investment.NewFlow(investment.MustGBP("100")).Anchor(2024)
	cases := []badInput{
		// Distributional weights at the extremes of float64.
		{"weight of the smallest income", weight(tiny, max, 1.3), commissioning.ErrNotFinite, fieldErr},
		{"weight of the largest income", weight(max, tiny, 1.3), commissioning.ErrNotFinite, fieldErr},
		{"weight eta MaxFloat64", weight(1, 2, max), commissioning.ErrNotFinite, fieldErr},
		{"weight NaN income", weight(math.NaN(), 1, 1), commissioning.ErrNotFinite, fieldErr},
		{"weight zero income", weight(0, 1, 1), commissioning.ErrIncome, fieldErr},
		{"weight negative reference", weight(1, -max, 1), commissioning.ErrIncome, fieldErr},
		{"weight eta 0", weight(1, 1, -tiny), commissioning.ErrEta, fieldErr},
		{"Weights empty name", func() error {
			return badinput.ErrOf(commissioning.Equity{Reference: 1, Groups: []commissioning.IncomeGroup{{Income: 1}}}.Weights())
		}, commissioning.ErrEmptyID, fieldErr},
		{"Weights duplicate name", func() error {
			return badinput.ErrOf(commissioning.Equity{Reference: 1, Groups: []commissioning.IncomeGroup{{Name: "a", Income: 1}, {Name: "a", Income: 2}}}.Weights())
		}, commissioning.ErrDuplicateID, fieldErr},
		{"Weights income beyond float64 weight", func() error {
			return badinput.ErrOf(commissioning.Equity{Reference: max, Groups: []commissioning.IncomeGroup{{Name: "a", Income: tiny}}}.Weights())
		}, commissioning.ErrNotFinite, fieldErr},
		{"Factor unknown group", func() error {
			return badinput.ErrOf(equity.Factor([]commissioning.GroupShare{{Group: "q3", Share: 1}}))
		}, commissioning.ErrUnknownID, fieldErr},
		{"Factor shares sum", func() error {
			return badinput.ErrOf(equity.Factor([]commissioning.GroupShare{{Group: "q1", Share: 0.5}}))
		}, commissioning.ErrShares, fieldErr},
		{"Factor negative share", func() error {
			return badinput.ErrOf(equity.Factor([]commissioning.GroupShare{{Group: "q1", Share: -max}, {Group: "q5", Share: max}}))
		}, commissioning.ErrShares, fieldErr},
		{"Factor NaN share", func() error {
			return badinput.ErrOf(equity.Factor([]commissioning.GroupShare{{Group: "q1", Share: math.NaN()}}))
		}, commissioning.ErrNotFinite, fieldErr},
		// Distributions.
		{"NewNormal NaN mean", func() error { return badinput.ErrOf(commissioning.NewNormal(math.NaN(), 1)) }, commissioning.ErrNotFinite, distErr},
		{"NewNormal negative SD", func() error { return badinput.ErrOf(commissioning.NewNormal(0, -1)) }, commissioning.ErrParameter, distErr},
		{"NewGamma zero shape", func() error { return badinput.ErrOf(commissioning.NewGamma(0, 1)) }, commissioning.ErrParameter, distErr},
		{"NewBeta infinite alpha", func() error { return badinput.ErrOf(commissioning.NewBeta(math.Inf(1), 1)) }, commissioning.ErrNotFinite, distErr},
		{"NewTriangular mode outside", func() error { return badinput.ErrOf(commissioning.NewTriangular(0, 2, 1)) }, commissioning.ErrParameter, distErr},
		{"NewPERT reversed", func() error { return badinput.ErrOf(commissioning.NewPERT(max, 0, -max)) }, commissioning.ErrParameter, distErr},
		{"NewUniform reversed", func() error { return badinput.ErrOf(commissioning.NewUniform(1, 0)) }, commissioning.ErrParameter, distErr},
		{"NewLogNormal NaN sigma", func() error { return badinput.ErrOf(commissioning.NewLogNormal(0, math.NaN())) }, commissioning.ErrNotFinite, distErr},
		{"Quantile of a normal at 1", quantile(commissioning.NewNormal(0, 1))(1), commissioning.ErrNotFinite, fieldErr},
		{"Quantile of a wide normal", quantile(commissioning.NewNormal(0, max))(0.999), commissioning.ErrNotFinite, fieldErr},
		{"Quantile of a wide log-normal", quantile(commissioning.NewLogNormal(700, 10))(0.99), commissioning.ErrNotFinite, fieldErr},
		{"Quantile at 2", quantile(commissioning.NewNormal(0, 1))(2), commissioning.ErrPercentile, fieldErr},
		{"Quantile NaN", quantile(commissioning.NewFixed(1))(math.NaN()), commissioning.ErrPercentile, fieldErr},
		{"Distribution unknown kind", func() error { return commissioning.Distribution{Kind: commissioning.Kind(99)}.Validate() }, commissioning.ErrUnknownKind, distErr},
		// Optimism bias.
		{"OptimismBias mitigation 2", func() error { return commissioning.OptimismBias{Mitigation: 2}.Validate() }, commissioning.ErrMitigation, nil},
		{"OptimismBias NaN share", func() error {
			return commissioning.OptimismBias{Shares: []commissioning.Share{{Category: commissioning.StandardBuildings, Share: math.NaN()}}}.Validate()
		}, commissioning.ErrNotFinite, nil},
		{"OptimismBias shares sum", func() error {
			return commissioning.OptimismBias{Shares: []commissioning.Share{{Category: commissioning.StandardBuildings, Share: max}}}.Validate()
		}, commissioning.ErrShares, nil},
		// Names.
		{"ParseKind", func() error { return badinput.ErrOf(commissioning.ParseKind("cauchy")) }, commissioning.ErrUnknownKind, nil},
		{"ParseStage", func() error { return badinput.ErrOf(commissioning.ParseStage("Evaluate")) }, commissioning.ErrUnknownStage, nil},
		{"ParseDimension", func() error { return badinput.ErrOf(commissioning.ParseDimension("\xff")) }, commissioning.ErrUnknownDimension, nil},
		{"ParseCategory", func() error { return badinput.ErrOf(commissioning.ParseCategory("castles")) }, commissioning.ErrUnknownCategory, nil},
		{"ParseMeasure", func() error { return badinput.ErrOf(commissioning.ParseMeasure("")) }, commissioning.ErrNotApplicable, nil},
		{"ParseVerdict", func() error { return badinput.ErrOf(commissioning.ParseVerdict("maybe")) }, commissioning.ErrUnknownVerdict, nil},
		// Options and their JSON.
		{"Option NaN effect", func() error {
			return commissioning.Option{ID: "a", FirstYear: 2024, Capital: flow, Effects: []float64{math.NaN()}}.Validate()
		}, commissioning.ErrNotFinite, optErr},
		{"Option empty id", func() error { return commissioning.Option{Capital: flow}.Validate() }, commissioning.ErrEmptyID, optErr},
		{"Options duplicate id", func() error {
			return commissioning.ValidateOptions([]commissioning.Option{{ID: "a", FirstYear: 2024, Capital: flow}, {ID: "a", FirstYear: 2024, Capital: flow}})
		}, commissioning.ErrDuplicateID, optErr},
		{"JSON option capital word", badinput.Decode[commissioning.Option](`{"id":"a","capital":{"first":"2024/25","amounts":["lots"]}}`), commissioning.ErrSyntax, nil},
		{"JSON option capital Unicode minus garbage", badinput.Decode[commissioning.Option](`{"id":"a","capital":{"first":"2024/25","amounts":["−−5"]}}`), commissioning.ErrSyntax, nil},
		{"JSON option unknown field", badinput.Decode[commissioning.Option](`{"id":"a","cost":1}`), commissioning.ErrUnknownField, nil},
		{"JSON option bias share word", badinput.Decode[commissioning.Option](`{"id":"a","bias":{"mitigation":"half"}}`), commissioning.ErrSyntax, nil},
		{"JSON plan unknown field", badinput.Decode[commissioning.Plan](`{"priority":[]}`), commissioning.ErrUnknownField, nil},
		{"JSON plan finance rate 3", badinput.Decode[commissioning.Plan](`{"finance":{"uplifts":[{"kind":"pay","year":"2024/25","rate":3}]}}`), investment.ErrRateTooHigh, nil},
		{"JSON plan finance mix share word", badinput.Decode[commissioning.Plan](`{"finance":{"lines":[{"id":"l","mix":{"pay":"most"}}]}}`), commissioning.ErrSyntax, nil},
		{"JSON simulation bad kind", badinput.Decode[commissioning.Simulation](`{"inputs":[{"name":"u","dist":{"kind":"cauchy"}}]}`), commissioning.ErrUnknownKind, nil},
		{"Simulate MaxInt draws", func() error {
			o := commissioning.Option{ID: "a", FirstYear: 2024, Capital: flow}
			return badinput.ErrOf(commissioning.Appraiser{}.Simulate(context.Background(), []commissioning.Option{o}, commissioning.Simulation{Draws: math.MaxInt}))
		}, commissioning.ErrDraws, fieldErr},
		{"Simulate negative draws", func() error {
			o := commissioning.Option{ID: "a", FirstYear: 2024, Capital: flow}
			return badinput.ErrOf(commissioning.Appraiser{}.Simulate(context.Background(), []commissioning.Option{o}, commissioning.Simulation{Draws: math.MinInt}))
		}, commissioning.ErrDraws, fieldErr},
		{"JSON simulation unknown field", badinput.Decode[commissioning.Simulation](`{"draw":10}`), commissioning.ErrUnknownField, nil},
		{"JSON appraisal bias word", badinput.Decode[commissioning.Appraisal](`{"capitalBias":"x"}`), commissioning.ErrSyntax, nil},
		{"JSON appraisal bias object", badinput.Decode[commissioning.Appraisal](`{"revenueBias":{}}`), commissioning.ErrSyntax, nil},
		{"JSON appraisal unknown field", badinput.Decode[commissioning.Appraisal](`{"npv":"1"}`), commissioning.ErrUnknownField, nil},
		{"JSON long list bad verdict", badinput.Decode[commissioning.LongList](`{"bau":"a","candidates":[{"option":"a","filters":[{"dimension":"scope","verdict":"maybe"}]}]}`), commissioning.ErrUnknownVerdict, nil},
		{"JSON round unknown field", badinput.Decode[commissioning.Round](`{"stage":"Analyse","stages":[]}`), commissioning.ErrUnknownField, nil},
		{"JSON inputs unknown field", badinput.Decode[commissioning.Inputs](`{"budgets":{}}`), commissioning.ErrUnknownField, nil},
		{"JSON cycle bad stage", badinput.Decode[commissioning.Cycle](`{"stage":"Evaluate"}`), commissioning.ErrUnknownStage, nil},
		{"JSON lines text", func() error { var l commissioning.Lines; return l.UnmarshalText([]byte("capital+gold")) }, commissioning.ErrNoLines, nil},
	}
	badinput.Run(t, "commissioning", cases)
}

// TestCatalogueAllocationWeights: a locality's weight that is negative or
// not finite is refused with the locality and the value.
func TestCatalogueAllocationWeights(t *testing.T) {
	base := runRound(t, twoLocalities())
	rerun := func(w float64) func() error {
		return func() error {
			return badinput.ErrOf(commissioning.Rerun(context.Background(), base, commissioning.SetLocalityWeights(
				commissioning.LocalityWeight{Locality: "L1", Weight: 1}, commissioning.LocalityWeight{Locality: "L2", Weight: w})))
		}
	}
	fieldErr := badinput.Typed[*commissioning.FieldError]()
	badinput.Run(t, "commissioning", []badInput{
		{"negative weight", rerun(-0.2), commissioning.ErrNegative, fieldErr},
		{"-MaxFloat64 weight", rerun(-math.MaxFloat64), commissioning.ErrNegative, fieldErr},
		{"NaN weight", rerun(math.NaN()), commissioning.ErrNotFinite, fieldErr},
		{"infinite weight", rerun(math.Inf(1)), commissioning.ErrNotFinite, fieldErr},
	})
	err := rerun(-0.2)()
	if err == nil || !strings.Contains(err.Error(), "L2 (-0.2)") {
		t.Errorf("negative weight: %v, want the locality and the value", err)
	}
}
