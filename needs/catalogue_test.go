package needs

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

// badInput is one entry of the catalogue of bad inputs: a call that must
// not panic and must return an error wrapping want, of type *ParseError or
// *FieldError when typed says so, whose message carries the package prefix
// once.
type badInput struct {
	name  string
	call  func() error
	want  error
	typed string // "parse", "field" or "" (a package error)
}

const (
	huge = math.MaxFloat64
	tiny = math.SmallestNonzeroFloat64
)

func catalogueFixtures(t *testing.T) (*Population, Rates) {
	t.Helper()
	p := New()
	mustSet(t, p, "A", 2022, Female, flat(100))
	mustSet(t, p, "A", 2022, Male, flat(100))
	mustSet(t, p, "A", 2023, Female, flat(110))
	mustSet(t, p, "A", 2023, Male, flat(110))
	return p, MustRates(RatesSpec{Condition: "c", Bands: []Band{{65, 74}, {75, Open}}, Female: []float64{0.1, 0.2}})
}

func readErr(read func(string) error) func(string) func() error {
	return func(in string) func() error { return func() error { return read(in) } }
}

func catalogue(t *testing.T) []badInput {
	p, r := catalogueFixtures(t)
	wide := readErr(func(s string) error { _, err := ReadPHSProjections(strings.NewReader(s)); return err })
	long := readErr(func(s string) error { _, err := ReadPopulationCSV(strings.NewReader(s)); return err })
	rates := readErr(func(s string) error { _, err := ReadRatesCSV(strings.NewReader(s)); return err })
	banded := readErr(func(s string) error { _, err := ReadBandedPopulationCSV(strings.NewReader(s)); return err })
	g, l := goodWide(), goodLong()
	join := func(ls []string) string { return strings.Join(ls, "\n") + "\n" }
	rh := "condition,kind,band,female,male\n"
	bh := "area,year,sex,band,count\n"
	hugePop := New()
	mustSet(t, hugePop, "A", 2022, Female, flat(MaxCount))
	mustSet(t, hugePop, "A", 2022, Male, flat(MaxCount))
	hugeRate := MustRates(RatesSpec{Condition: "h", Kind: Activity, Bands: []Band{{0, Open}}, Female: []float64{huge}})
	tinyPop := New()
	mustSet(t, tinyPop, "T", 2022, Female, flat(tiny))
	mustSet(t, tinyPop, "T", 2022, Male, flat(tiny))
	mustSet(t, tinyPop, "T", 2023, Female, flat(1))
	mustSet(t, tinyPop, "T", 2023, Male, flat(1))
	cases := []badInput{
		// ReadPHSProjections
		{"wide empty", wide(""), ErrEmpty, "parse"},
		{"wide header only", wide(g[0] + "\n"), ErrNoRows, "parse"},
		{"wide hexadecimal count", wide(join(edit(g, 1, 10, "0x1p4"))), ErrBadNumber, "parse"},
		{"wide Inf count", wide(join(edit(g, 1, 10, "Inf"))), ErrNotFinite, "parse"},
		{"wide NaN count", wide(join(edit(g, 1, 10, "NaN"))), ErrNotFinite, "parse"},
		{"wide overflowing count", wide(join(edit(g, 1, 10, "1e999"))), ErrCountRange, "parse"},
		{"wide count above MaxCount", wide(join(edit(g, 1, 10, "2e9"))), ErrCountRange, "parse"},
		{"wide negative count", wide(join(edit(g, 1, 10, "-1"))), ErrNegative, "parse"},
		{"wide digit separators", wide(join(edit(g, 1, 10, "1_000"))), ErrBadNumber, "parse"},
		{"wide invalid UTF-8", wide(join(edit(g, 1, 2, "F\xffemale"))), ErrEncoding, "parse"},
		{"wide unknown sex", wide(join(edit(g, 1, 2, "Other"))), ErrUnknownSex, "parse"},
		{"wide bad year", wide(join(edit(g, 1, 0, "20x2"))), ErrBadYear, "parse"},
		{"wide year out of range", wide(join(edit(g, 1, 0, "99999"))), ErrBadYear, "parse"},
		{"wide bad financial year", wide(join(edit(g, 1, 0, "2022/25"))), ErrBadYear, "parse"},
		{"wide bare quote", wide(g[0] + "\n\"2022,x\n"), ErrSyntax, "parse"},
		{"wide short row", wide(g[0] + "\n2022,S1,Female\n"), ErrFieldCount, "parse"},
		{"wide no sex column", wide("Year,HSCP2019,Age0\n2022,S1,1\n"), ErrMissingColumn, "parse"},
		{"wide ages out of order", wide("Year,HSCP2019,Sex,Age1,Age0\n"), ErrAgeOrder, "parse"},
		{"wide duplicate row", wide(join(append(g, g[1]))), ErrDuplicateRow, "parse"},
		// ReadPopulationCSV
		{"long empty", long(""), ErrEmpty, "parse"},
		{"long header only", long(l[0] + "\n"), ErrNoRows, "parse"},
		{"long hexadecimal count", long(join(edit(l, 1, 5, "0x10"))), ErrBadNumber, "parse"},
		{"long Inf count", long(join(edit(l, 1, 5, "+Inf"))), ErrNotFinite, "parse"},
		{"long infinity text", long(join(edit(l, 1, 5, "Infinity"))), ErrNotFinite, "parse"},
		{"long bad age", long(join(edit(l, 1, 4, "91"))), ErrBadAge, "parse"},
		{"long negative age", long(join(edit(l, 1, 4, "-1"))), ErrBadAge, "parse"},
		{"long missing age", long(join(l[:len(l)-1])), ErrMissingAge, "parse"},
		{"long duplicate age", long(join(append(l, l[1]))), ErrDuplicateRow, "parse"},
		{"long empty area", long(join(edit(l, 1, 0, " "))), ErrBadArea, "parse"},
		{"long invalid UTF-8 name", long(join(edit(l, 1, 1, "\xff"))), ErrEncoding, "parse"},
		{"long missing count column", long("area,year,sex,age\nA,2022,F,0\n"), ErrMissingColumn, "parse"},
		{"long duplicate column", long("area,year,sex,age,count,count\n"), ErrDuplicateColumn, "parse"},
		{"long semicolons with decimal comma", long("area;year;sex;age;count\nA;2022;F;0;1,5\n"), ErrBadNumber, "parse"},
		// ReadRatesCSV
		{"rates empty", rates(""), ErrEmpty, "parse"},
		{"rates header only", rates(rh), ErrNoRows, "parse"},
		{"rates prevalence 3 (a percentage?)", rates(rh + "c,prevalence,65+,3,0.1\n"), ErrPrevalenceRange, "parse"},
		{"rates prevalence 300%", rates(rh + "c,prevalence,65+,300%,0.1\n"), ErrPrevalenceRange, "parse"},
		{"rates hexadecimal", rates(rh + "c,prevalence,65+,0x1p-3,0.1\n"), ErrBadNumber, "parse"},
		{"rates NaN", rates(rh + "c,prevalence,65+,NaN,0.1\n"), ErrNotFinite, "parse"},
		{"rates Inf percent", rates(rh + "c,activity,65+,Inf%,0.1\n"), ErrNotFinite, "parse"},
		{"rates overflow", rates(rh + "c,activity,65+,1e999,0.1\n"), ErrNotFinite, "parse"},
		{"rates negative", rates(rh + "c,activity,65+,-0.1,0.1\n"), ErrNegative, "parse"},
		{"rates bad kind", rates(rh + "c,incidence,65+,0.1,0.1\n"), ErrBadRates, "parse"},
		{"rates bad band", rates(rh + "c,prevalence,70-65,0.1,0.1\n"), ErrBadBand, "parse"},
		{"rates gap", rates(rh + "c,prevalence,65-69,0.1,0.1\nc,prevalence,75+,0.1,0.1\n"), ErrBandGap, "parse"},
		{"rates overlap", rates(rh + "c,prevalence,65-74,0.1,0.1\nc,prevalence,70+,0.1,0.1\n"), ErrBandOverlap, "parse"},
		{"rates kind changes", rates(rh + "c,prevalence,65-74,0.1,0.1\nc,activity,75+,0.1,0.1\n"), ErrMismatch, "parse"},
		{"rates empty condition", rates(rh + ",prevalence,65+,0.1,0.1\n"), ErrBadRates, "parse"},
		{"rates invalid UTF-8", rates(rh + "c\xff,prevalence,65+,0.1,0.1\n"), ErrEncoding, "parse"},
		{"rates no male column", rates("condition,kind,band,female\nc,prevalence,65+,0.1\n"), ErrMissingColumn, "parse"},
		// ReadBandedPopulationCSV
		{"banded empty", banded(""), ErrEmpty, "parse"},
		{"banded header only", banded(bh), ErrNoRows, "parse"},
		{"banded gap", banded(bh + "A,2022,F,0-4,1\nA,2022,F,6+,1\n"), ErrBandGap, "parse"},
		{"banded not from 0", banded(bh + "A,2022,F,5+,1\n"), ErrBandGap, "parse"},
		{"banded overlap", banded(bh + "A,2022,F,0-4,1\nA,2022,F,3+,1\n"), ErrBandOverlap, "parse"},
		{"banded no open band", banded(bh + "A,2022,F,0-4,1\n"), ErrMissingAge, "parse"},
		{"banded two open bands", banded(bh + "A,2022,F,0+,1\nA,2022,F,5+,1\n"), ErrBandOverlap, "parse"},
		{"banded repeated band", banded(bh + "A,2022,F,0+,1\nA,2022,F,0+,1\n"), ErrDuplicateRow, "parse"},
		{"banded hexadecimal", banded(bh + "A,2022,F,0+,0x1\n"), ErrBadNumber, "parse"},
		{"banded NaN", banded(bh + "A,2022,F,0+,nan\n"), ErrNotFinite, "parse"},
		{"banded negative", banded(bh + "A,2022,F,0+,−1\n"), ErrNegative, "parse"},
		{"banded bad band", banded(bh + "A,2022,F,young,1\n"), ErrBadBand, "parse"},
		{"banded All disagrees", banded(bh + "A,2022,F,0+,1\nA,2022,M,0+,1\nA,2022,All,0+,500\n"), ErrSexMismatch, "parse"},
		{"banded invalid UTF-8", banded(bh + "\xffA,2022,F,0+,1\n"), ErrEncoding, "parse"},
		// JSON decoders
		{"population JSON unknown field", func() error { var q Population; return q.UnmarshalJSON([]byte(`{"x":1}`)) }, ErrUnknownField, "field"},
		{"population JSON wrong type", func() error { var q Population; return q.UnmarshalJSON([]byte(`0`)) }, ErrSyntax, "field"},
		{"population JSON malformed", func() error { var q Population; return q.UnmarshalJSON([]byte(`{`)) }, ErrSyntax, "field"},
		{"population JSON negative count", func() error {
			var q Population
			return q.UnmarshalJSON([]byte(`{"series":[{"area":"A","year":2022,"sex":"Female","counts":[-1]}]}`))
		}, ErrNegative, "field"},
		{"population JSON bad sex", func() error {
			var q Population
			return q.UnmarshalJSON([]byte(`{"series":[{"area":"A","year":2022,"sex":"X","counts":[]}]}`))
		}, ErrUnknownSex, "field"},
		{"population JSON huge count", func() error {
			var q Population
			return q.UnmarshalJSON([]byte(`{"series":[{"area":"A","year":2022,"sex":"Female","counts":[1e300]}]}`))
		}, ErrCountRange, "field"},
		{"rates JSON prevalence above 1", func() error {
			var q Rates
			return q.UnmarshalJSON([]byte(`{"condition":"c","kind":"prevalence","bands":["65+"],"female":[3],"male":[0.1]}`))
		}, ErrPrevalenceRange, "field"},
		{"rates JSON bad band", func() error {
			var q Rates
			return q.UnmarshalJSON([]byte(`{"condition":"c","kind":"prevalence","bands":["x"],"female":[0.1]}`))
		}, ErrBadBand, "field"},
		{"rates JSON unknown field", func() error { var q Rates; return q.UnmarshalJSON([]byte(`{"rate":1}`)) }, ErrUnknownField, "field"},
		{"rates JSON wrong type", func() error { var q Rates; return q.UnmarshalJSON([]byte(`[]`)) }, ErrSyntax, "field"},
		{"projection JSON unknown field", func() error { var q Projection; return q.UnmarshalJSON([]byte(`{"x":1}`)) }, ErrUnknownField, "field"},
		{"projection JSON wrong type", func() error { var q Projection; return q.UnmarshalJSON([]byte(`"x"`)) }, ErrSyntax, "field"},
		{"band text", func() error { var b Band; return b.UnmarshalText([]byte("1e3")) }, ErrBadBand, ""},
		{"band reversed", func() error { _, err := ParseBand("9-5"); return err }, ErrBadBand, ""},
		{"band too long", func() error { _, err := ParseBand("99999999999+"); return err }, ErrBadBand, ""},
		{"band marshal invalid", func() error { _, err := Band{5, 1}.MarshalText(); return err }, ErrBadBand, ""},
		{"sex text", func() error { var s Sex; return s.UnmarshalText([]byte("x")) }, ErrUnknownSex, ""},
		{"kind text", func() error { var k Kind; return k.UnmarshalText([]byte("x")) }, ErrBadRates, ""},
		// Constructors
		{"NewRates prevalence 3", func() error {
			_, err := NewRates(RatesSpec{Condition: "c", Bands: []Band{{0, Open}}, Female: []float64{3}})
			return err
		}, ErrPrevalenceRange, ""},
		{"NewRates NaN", func() error {
			_, err := NewRates(RatesSpec{Condition: "c", Bands: []Band{{0, Open}}, Female: []float64{math.NaN()}})
			return err
		}, ErrNotFinite, ""},
		{"NewRates Inf activity", func() error {
			_, err := NewRates(RatesSpec{Condition: "c", Kind: Activity, Bands: []Band{{0, Open}}, Female: []float64{math.Inf(1)}})
			return err
		}, ErrNotFinite, ""},
		{"NewRates lengths", func() error {
			_, err := NewRates(RatesSpec{Condition: "c", Bands: []Band{{0, Open}}, Female: []float64{0.1, 0.2}})
			return err
		}, ErrBadRates, ""},
		{"Set NaN", func() error { return New().Set("A", 2022, Female, flat(math.NaN())) }, ErrNotFinite, ""},
		{"Set -Inf", func() error { return New().Set("A", 2022, Female, flat(math.Inf(-1))) }, ErrNotFinite, ""},
		{"Set MaxFloat64", func() error { return New().Set("A", 2022, Female, flat(huge)) }, ErrCountRange, ""},
		{"Set short", func() error { return New().Set("A", 2022, Female, []float64{1}) }, ErrMissingAge, ""},
		{"Set bad year", func() error { return New().Set("A", math.MaxInt, Female, flat(1)) }, ErrBadYear, ""},
		{"Set bad area", func() error { return New().Set(" ", 2022, Female, flat(1)) }, ErrBadArea, ""},
		{"Set invalid UTF-8 area", func() error { return New().Set("\xff", 2022, Female, flat(1)) }, ErrEncoding, ""},
		{"Sum of nothing", func() error { return p.Clone().Sum("B", "", "Z") }, ErrAreaNotFound, ""},
		// Queries
		{"Count of nil population", func() error { var q *Population; _, err := q.Count("A", 2022, All, Band{0, Open}); return err }, ErrBadArgument, ""},
		{"Total of nil population", func() error { var q *Population; _, err := q.Total("A", 2022, All); return err }, ErrBadArgument, ""},
		{"Count unknown area", func() error { _, err := p.Count("Z", 2022, All, Band{0, Open}); return err }, ErrAreaNotFound, ""},
		{"Count band beyond 90", func() error { _, err := p.Count("A", 2022, All, Band{90, 94}); return err }, ErrBandBeyondData, ""},
		{"Banded gap", func() error { _, err := p.Banded("A", 2022, All, []Band{{0, 4}, {6, 9}}); return err }, ErrBandGap, ""},
		{"Change from tiny base", func() error { _, err := tinyPop.Change("T", Female, Band{0, Open}, 2022, 2023); return err }, ErrNotFinite, ""},
		{"DependencyRatio with tiny working age", func() error {
			q := New()
			c := flat(1)
			for a := 16; a <= 64; a++ {
				c[a] = tiny
			}
			mustSet(t, q, "Q", 2022, All, c)
			_, err := q.DependencyRatio("Q", 2022)
			return err
		}, ErrNotFinite, ""},
		// Projection and demand
		{"Project nil population", func() error { _, err := Project(nil, []Rates{r}, nil, nil); return err }, ErrBadArgument, ""},
		{"Project no rates", func() error { _, err := Project(p, nil, nil, nil); return err }, ErrBadArgument, ""},
		{"Project zero rates", func() error { _, err := Project(p, []Rates{{}}, nil, nil); return err }, ErrBadRates, ""},
		{"Project area twice", func() error { _, err := Project(p, []Rates{r}, []string{"A", "A"}, nil); return err }, ErrBadArgument, ""},
		{"Project unknown year", func() error { _, err := Project(p, []Rates{r}, nil, []int{1999}); return err }, ErrYearNotFound, ""},
		{"Project overflowing cases", func() error { _, err := Project(hugePop, []Rates{hugeRate}, nil, nil); return err }, ErrNotFinite, ""},
		{"Project bands beyond 90", func() error {
			r := MustRates(RatesSpec{Condition: "f", Bands: []Band{{90, 94}, {95, Open}}, Female: []float64{0.1, 0.2}})
			_, err := Project(p, []Rates{r}, nil, nil)
			return err
		}, ErrBandBeyondData, ""},
		{"Demand nil population", func() error { _, err := DemandModel{Rates: r}.Demand(nil, nil, nil); return err }, ErrBadArgument, ""},
		{"Demand trend -1", func() error { _, err := DemandModel{Rates: r, Trend: -1}.Demand(p, nil, nil); return err }, ErrBadArgument, ""},
		{"Demand trend NaN", func() error { _, err := DemandModel{Rates: r, Trend: math.NaN()}.Demand(p, nil, nil); return err }, ErrBadArgument, ""},
		{"Demand trend overflows", func() error {
			_, err := DemandModel{Rates: r, Trend: 1e300, BaseYear: 2020}.Demand(p, nil, nil)
			return err
		}, ErrNotFinite, ""},
		{"Gap NaN demand", func() error { _, err := Gap([]Level{{"A", 2022, math.NaN()}}, []Level{{"A", 2022, 1}}); return err }, ErrNotFinite, ""},
		{"Gap negative capacity", func() error { _, err := Gap([]Level{{"A", 2022, 1}}, []Level{{"A", 2022, -1}}); return err }, ErrNegative, ""},
		{"Gap mismatch", func() error { _, err := Gap([]Level{{"A", 2022, 1}}, []Level{{"B", 2022, 1}}); return err }, ErrMismatch, ""},
		{"Gap empty", func() error { _, err := Gap(nil, nil); return err }, ErrBadArgument, ""},
		// Rates arithmetic
		{"PooledRate overflow", func() error { _, err := PooledRate([]float64{huge, huge}, []float64{MaxCount, MaxCount}); return err }, ErrNotFinite, ""},
		{"PooledRate zero population", func() error { _, err := PooledRate([]float64{0.1}, []float64{0}); return err }, ErrZeroDenominator, ""},
		{"PooledRate lengths", func() error { _, err := PooledRate([]float64{0.1}, nil); return err }, ErrBadArgument, ""},
		{"PooledRate NaN", func() error { _, err := PooledRate([]float64{math.NaN()}, []float64{1}); return err }, ErrNotFinite, ""},
		{"Collapse not on band edges", func() error { _, err := r.Collapse(Band{70, Open}, []float64{1}, []float64{1}); return err }, ErrBandNotFound, ""},
		// Standardisation at the float64 extremes
		{"CrudeRate per MaxFloat64", func() error { _, err := CrudeRate(10, 1, huge, 0); return err }, ErrNotFinite, ""},
		{"CrudeRate tiny population", func() error { _, err := CrudeRate(10, tiny, 100000, 0); return err }, ErrNotFinite, ""},
		{"CrudeRate per NaN", func() error { _, err := CrudeRate(10, 100, math.NaN(), 0); return err }, ErrBadArgument, ""},
		{"CrudeRate per Inf", func() error { _, err := CrudeRate(10, 100, math.Inf(1), 0); return err }, ErrBadArgument, ""},
		{"CrudeRate zero population", func() error { _, err := CrudeRate(10, 0, 100000, 0); return err }, ErrZeroDenominator, ""},
		{"CrudeRate level 1", func() error { _, err := CrudeRate(10, 100, 100000, 1); return err }, ErrBadArgument, ""},
		{"CrudeRate NaN events", func() error { _, err := CrudeRate(math.NaN(), 100, 100000, 0); return err }, ErrNotFinite, ""},
		{"PoissonLimits -1", func() error { _, _, err := PoissonLimits(-1, 0); return err }, ErrBadArgument, ""},
		{"PoissonLimits Inf", func() error { _, _, err := PoissonLimits(math.Inf(1), 0); return err }, ErrBadArgument, ""},
		{"Standard rate tiny population", func() error {
			s := Standard{Name: "s", Bands: []Band{{0, Open}}, Weights: []float64{1}}
			_, err := s.Rate([]Stratum{{Events: 10, Population: tiny}}, 100000, 0)
			return err
		}, ErrNotFinite, ""},
		{"Standard rate per MaxFloat64", func() error {
			_, err := ESP2013().Rate(make([]Stratum, len(ESP2013().Bands)), huge, 0)
			return err
		}, ErrNoEvents, ""},
		{"Standard rate wrong strata", func() error { _, err := ESP2013().Rate([]Stratum{{1, 1}}, 100000, 0); return err }, ErrBadArgument, ""},
		{"Standard bad weights", func() error {
			return Standard{Name: "s", Bands: []Band{{0, Open}}, Weights: []float64{math.NaN()}}.Check()
		}, ErrBadArgument, ""},
		{"Standard within bad band", func() error { _, err := ESP2013().Within(Band{3, 7}); return err }, ErrBandNotFound, ""},
		{"ExpectedEvents overflow", func() error {
			_, err := ExpectedEvents([]float64{huge, huge}, []float64{MaxCount, MaxCount})
			return err
		}, ErrNotFinite, ""},
		{"ExpectedEvents lengths", func() error { _, err := ExpectedEvents(nil, nil); return err }, ErrBadArgument, ""},
		{"StandardisedRatio tiny expected", func() error { _, err := StandardisedRatio(10, tiny, 100, 0); return err }, ErrNotFinite, ""},
		{"StandardisedRatio zero expected", func() error { _, err := StandardisedRatio(10, 0, 100, 0); return err }, ErrZeroDenominator, ""},
		{"StandardisedRatio Inf expected", func() error { _, err := StandardisedRatio(10, math.Inf(1), 100, 0); return err }, ErrBadArgument, ""},
		// Inequality
		{"MeasureInequality overflow", func() error {
			_, err := MeasureInequality([]Group{{Rate: huge, Population: 1}, {Rate: -huge, Population: 1}})
			return err
		}, ErrNotFinite, ""},
		{"MeasureInequality one group", func() error { _, err := MeasureInequality([]Group{{Rate: 1, Population: 1}}); return err }, ErrBadArgument, ""},
		{"MeasureInequality NaN rate", func() error {
			_, err := MeasureInequality([]Group{{Rate: math.NaN(), Population: 1}, {Rate: 1, Population: 1}})
			return err
		}, ErrNotFinite, ""},
		{"MeasureInequality zero population", func() error {
			_, err := MeasureInequality([]Group{{Rate: 1, Population: 0}, {Rate: 1, Population: 1}})
			return err
		}, ErrBadArgument, ""},
		// Deprivation
		{"Tile rank 0", func() error { _, err := Tile(0, 10, 5); return err }, ErrBadRank, ""},
		{"Tile too many tiles", func() error { _, err := Tile(1, 10, 11); return err }, ErrBadArgument, ""},
		{"Tile MaxInt zones", func() error { _, err := Tile(1, math.MaxInt, 5); return err }, ErrBadArgument, ""},
		{"SIMDDecile beyond zones", func() error { _, err := SIMDDecile(SIMD2020Zones + 1); return err }, ErrBadRank, ""},
		{"WeightedTiles no zones", func() error { _, err := WeightedTiles(nil, 5); return err }, ErrBadArgument, ""},
		{"WeightedTiles NaN population", func() error {
			_, err := WeightedTiles([]Zone{{"Z", 1, math.NaN()}}, 1)
			return err
		}, ErrNotFinite, ""},
		// Waiting lists at the float64 extremes
		{"TargetMeanWait tiny factor", func() error { _, err := TargetMeanWait(huge, tiny); return err }, ErrNotFinite, ""},
		{"TargetMeanWait NaN", func() error { _, err := TargetMeanWait(math.NaN(), 4); return err }, ErrBadArgument, ""},
		{"TargetQueueSize overflow", func() error { _, err := TargetQueueSize(huge, huge, 1); return err }, ErrNotFinite, ""},
		{"TargetCapacity overflow", func() error { _, err := TargetCapacity(1, tiny, 4, 1, 1); return err }, ErrNotFinite, ""},
		{"TargetCapacity huge cv", func() error { _, err := TargetCapacity(1, 52, 4, huge, 1); return err }, ErrNotFinite, ""},
		{"ReliefCapacity overflow", func() error { _, err := ReliefCapacity(huge, huge, 0, tiny); return err }, ErrNotFinite, ""},
		{"ReliefCapacity zero periods", func() error { _, err := ReliefCapacity(1, 1, 1, 0); return err }, ErrBadArgument, ""},
		{"QueueLoad tiny capacity", func() error { _, err := QueueLoad(huge, tiny); return err }, ErrNotFinite, ""},
		{"QueueLoad zero capacity", func() error { _, err := QueueLoad(1, 0); return err }, ErrBadArgument, ""},
		{"WaitingListPressure overflow", func() error { _, err := WaitingListPressure(huge, 1); return err }, ErrNotFinite, ""},
		{"WaitingListPressure tiny target", func() error { _, err := WaitingListPressure(1, tiny); return err }, ErrNotFinite, ""},
		{"Assess overflow", func() error {
			_, err := WaitingList{Demand: huge, Capacity: 1, Queue: 1, MeanWait: 1, TargetWait: 52}.Assess()
			return err
		}, ErrNotFinite, ""},
		{"Assess negative demand", func() error { _, err := WaitingList{Demand: -1, TargetWait: 52}.Assess(); return err }, ErrBadArgument, ""},
		// Bands
		{"SplitBands lengths", func() error { _, err := SplitBands([]Band{{0, Open}}, nil); return err }, ErrBadArgument, ""},
		{"SplitBands MaxFloat64", func() error { _, err := SplitBands([]Band{{0, Open}}, []float64{huge}); return err }, ErrCountRange, ""},
		{"SplitBands no open band", func() error { _, err := SplitBands([]Band{{0, 4}}, []float64{1}); return err }, ErrMissingAge, ""},
		{"CheckBands empty", func() error { return CheckBands(nil) }, ErrBadBand, ""},
		{"CheckBands invalid", func() error { return CheckBands([]Band{{-1, 3}}) }, ErrBadBand, ""},
	}
	return cases
}

func TestCatalogueOfBadInputs(t *testing.T) {
	cases := catalogue(t)
	if len(cases) < 100 {
		t.Fatalf("catalogue has %d cases", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			t.Fatalf("case %q twice", c.name)
		}
		seen[c.name] = true
		t.Run(c.name, func(t *testing.T) {
			err := func() (err error) {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
						t.Errorf("panic: %v", r)
					}
				}()
				return c.call()
			}()
			if err == nil {
				t.Fatalf("no error, want %v", c.want)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("error %q does not wrap %q", err, c.want)
			}
			if perr := fault.Prefixed(err.Error(), "needs"); perr != nil {
				t.Error(perr)
			}
			switch c.typed {
			case "parse":
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line < 1 {
					t.Errorf("error %q is not a located *ParseError", err)
				}
			case "field":
				var fe *FieldError
				if !errors.As(err, &fe) {
					t.Errorf("error %q is not a *FieldError", err)
				}
			}
		})
	}
}

// The errors of the readers give the value and where it is.
func TestCatalogueMessagesSayWhere(t *testing.T) {
	_, err := ReadPopulationCSV(strings.NewReader(strings.Join(edit(goodLong(), 3, 5, "0x1p4"), "\n")))
	if err == nil || !strings.Contains(err.Error(), "line 4, column 6 (count)") || !strings.Contains(err.Error(), `"0x1p4"`) {
		t.Errorf("hexadecimal count: %v", err)
	}
	_, err = ReadRatesCSV(strings.NewReader("condition,kind,band,female,male\nc,prevalence,65+,3,0.1\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2, column 4 (female)") || !strings.Contains(err.Error(), "write 3% or 0.03") {
		t.Errorf("prevalence 3: %v", err)
	}
	_, err = TargetQueueSize(math.MaxFloat64, math.MaxFloat64, 1)
	if err == nil || !strings.Contains(err.Error(), "target queue size") {
		t.Errorf("overflow names the result: %v", err)
	}
	b, _ := json.Marshal(map[string]any{"series": []any{map[string]any{"area": "A", "year": 2022, "sex": "Female", "counts": []float64{1, -2}}}})
	var q Population
	err = q.UnmarshalJSON(b)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != "series[1].counts[2]" {
		t.Errorf("JSON path: %v", err)
	}
}
