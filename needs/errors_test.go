package needs

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// checkErr asserts the error style of the package: err wraps want, and its
// message starts with "needs: " exactly once and holds no formatting slip.
func checkErr(t *testing.T, name string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("%s: error = %v, want %v", name, err, want)
		return
	}
	if err := fault.Prefixed(err.Error(), "needs"); err != nil {
		t.Errorf("%s: %v", name, err)
	}
	if strings.Contains(err.Error(), "%!") {
		t.Errorf("%s: message %q has a formatting slip", name, err)
	}
}

// TestErrorStyle provokes a representative failure of every exported entry
// point that returns an error.
func TestErrorStyle(t *testing.T) {
	nan := math.NaN()
	p := New()
	mustSet(t, p, "A", 2020, Female, flat(10))
	mustSet(t, p, "A", 2020, Male, flat(10))
	rates := MustRates(RatesSpec{Condition: "x", Kind: Prevalence, Bands: []Band{{65, Open}}, Female: []float64{0.1}})
	pr, err := Project(p, []Rates{rates}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := func(_ any, err error) error { return err }
	second := func(_, _ any, err error) error { return err }
	var (
		sex  Sex
		kind Kind
		band Band
		pop  Population
		rs   Rates
		proj Projection
	)
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"ParseBand", first(ParseBand("old")), ErrBadBand},
		{"Band.MarshalText", first(Band{3, 1}.MarshalText()), ErrBadBand},
		{"Band.UnmarshalText", band.UnmarshalText([]byte("x")), ErrBadBand},
		{"CheckBands", CheckBands([]Band{{0, 4}, {4, 9}}), ErrBandOverlap},
		{"ParseSex", first(ParseSex("other")), ErrUnknownSex},
		{"Sex.MarshalText", first(Sex(7).MarshalText()), ErrUnknownSex},
		{"Sex.UnmarshalText", sex.UnmarshalText([]byte("x")), ErrUnknownSex},
		{"ParseKind", first(ParseKind("incidence")), ErrBadRates},
		{"Kind.MarshalText", first(Kind(9).MarshalText()), ErrBadRates},
		{"Kind.UnmarshalText", kind.UnmarshalText([]byte("x")), ErrBadRates},
		{"Set area", p.Set(" A", 2020, Female, flat(1)), ErrBadArea},
		{"Set count", p.Set("A", 2020, Female, flat(nan)), ErrNotFinite},
		{"Set sexes", p.Set("A", 2020, All, flat(1)), ErrSexMismatch},
		{"Ages", first(p.Ages("B", 2020, Female)), ErrAreaNotFound},
		{"Count", first(p.Count("A", 2021, Female, Band{0, 4})), ErrYearNotFound},
		{"Count band", first(p.Count("A", 2020, Female, Band{91, Open})), ErrBandBeyondData},
		{"Total", first(p.Total("A", 2020, Sex(5))), ErrSexNotFound},
		{"Banded", first(p.Banded("A", 2020, Female, nil)), ErrBadBand},
		{"Sum", p.Sum("S", "", "A", "B"), ErrAreaNotFound},
		{"Change", first(p.Change("A", Female, Band{0, 4}, 2019, 2020)), ErrYearNotFound},
		{"DependencyRatio", first(p.DependencyRatio("B", 2020)), ErrAreaNotFound},
		{"Population.UnmarshalJSON", json.Unmarshal([]byte(`{"series":[{"area":"A","year":2020,"sex":"Female","counts":[1]}]}`), &pop), ErrMissingAge},
		{"NewRates", first(NewRates(RatesSpec{Condition: "x", Bands: []Band{{0, 4}}, Female: []float64{2}})), ErrPrevalenceRange},
		{"NewRates bands", first(NewRates(RatesSpec{Condition: "x", Bands: []Band{{0, 4}, {6, 9}}, Female: []float64{0, 0}})), ErrBandGap},
		{"Rates.Rate", first(rates.Rate(Female, Band{0, 4})), ErrBandNotFound},
		{"PooledRate", first(PooledRate([]float64{1, -1}, []float64{1, 1})), ErrNegative},
		{"Collapse", first(rates.Collapse(Band{0, 4}, nil, nil)), ErrBandNotFound},
		{"Rates.UnmarshalJSON", json.Unmarshal([]byte(`{"condition":"x","kind":"prevalence","bands":["0-4"],"female":[2],"male":[0]}`), &rs), ErrPrevalenceRange},
		{"Project", first(Project(p, []Rates{rates}, []string{"B"}, nil)), ErrAreaNotFound},
		{"Project rates", first(Project(p, []Rates{rates, rates}, nil, nil)), ErrBadRates},
		{"Projection.Rates", first(pr.Rates("y")), ErrConditionNotFound},
		{"Projection.Cases", first(pr.Cases("x", "A", 2020, Female, Band{0, 4})), ErrBandNotFound},
		{"Projection.Total", first(pr.Total("x", "B", 2020, All)), ErrAreaNotFound},
		{"Projection.Growth", first(pr.Growth("x", "A", 2019, 2020)), ErrYearNotFound},
		{"Projection.UnmarshalJSON", json.Unmarshal([]byte(`{"areas":[{"code":""}],"years":[2020],"conditions":[]}`), &proj), ErrBadArea},
		{"ReadPHSProjections", first(ReadPHSProjections(strings.NewReader("Year,Sex\n"))), ErrMissingColumn},
		{"ReadPopulationCSV", first(ReadPopulationCSV(strings.NewReader("area,year,sex,age,count\nA,2020,F,1,-1\n"))), ErrNegative},
		{"ReadRatesCSV", first(ReadRatesCSV(strings.NewReader("condition,kind,band,persons\nx,prevalence,0-4,2\n"))), ErrPrevalenceRange},
		{"Tile", first(Tile(0, 10, 5)), ErrBadRank},
		{"SIMDDecile", first(SIMDDecile(SIMD2020Zones + 1)), ErrBadRank},
		{"SIMDQuintile", first(SIMDQuintile(-1)), ErrBadRank},
		{"WeightedTiles", first(WeightedTiles([]Zone{{"a", 1, 1}, {"a", 2, 1}}, 2)), ErrDuplicateRow},
		{"MeasureInequality", first(MeasureInequality([]Group{{nan, 1}, {1, 1}})), ErrNotFinite},
		{"PoissonLimits", second(PoissonLimits(-1, 0.95)), ErrBadArgument},
		{"CrudeRate", first(CrudeRate(1, 0, 1000, 0)), ErrZeroDenominator},
		{"CrudeRate events", first(CrudeRate(nan, 10, 1000, 0)), ErrNotFinite},
		{"Standard.Check", Standard{Name: "s", Bands: []Band{{0, 4}}}.Check(), ErrBadArgument},
		{"Standard.Within", first(ESP2013().Within(Band{0, 2})), ErrBandNotFound},
		{"Standard.Rate", first(ESP2013().Rate(nil, 100000, 0)), ErrBadArgument},
		{"ExpectedEvents", first(ExpectedEvents([]float64{1}, []float64{-1})), ErrNegative},
		{"StandardisedRatio", first(StandardisedRatio(1, 0, 1, 0)), ErrZeroDenominator},
		{"Demand", first(DemandModel{Rates: rates}.Demand(p, []string{"B"}, nil)), ErrAreaNotFound},
		{"Gap", first(Gap(nil, nil)), ErrBadArgument},
		{"TargetMeanWait", first(TargetMeanWait(-1, 4)), ErrBadArgument},
		{"TargetQueueSize", first(TargetQueueSize(nan, 4, 4)), ErrBadArgument},
		{"TargetCapacity", first(TargetCapacity(1, 4, 4, -1, 1)), ErrBadArgument},
		{"ReliefCapacity", first(ReliefCapacity(1, 1, 1, 0)), ErrBadArgument},
		{"QueueLoad", first(QueueLoad(1, 0)), ErrBadArgument},
		{"WaitingListPressure", first(WaitingListPressure(1, 0)), ErrBadArgument},
		{"WaitingList.Assess", first(WaitingList{}.Assess()), ErrBadArgument},
	}
	for _, tt := range tests {
		checkErr(t, tt.name, tt.err, tt.want)
	}
}
