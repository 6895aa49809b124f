package needs

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

var sentinels = []error{
	ErrEmpty, ErrSyntax, ErrEncoding, ErrNoRows, ErrMissingColumn, ErrDuplicateColumn, ErrAgeOrder, ErrFieldCount,
	ErrBadNumber, ErrNotFinite, ErrNegative, ErrCountRange, ErrBadYear, ErrBadAge, ErrMissingAge,
	ErrUnknownSex, ErrBadArea, ErrDuplicateRow, ErrAllAgesMismatch, ErrSexMismatch,
	ErrBadBand, ErrBandGap, ErrBandOverlap, ErrSyntax, ErrUnknownField, ErrBadRates, ErrPrevalenceRange,
	ErrBandBeyondData, ErrMismatch,
}

// checkReaderResult asserts the contract of both readers: a typed error that
// says where and wraps a sentinel, or a population whose counts are valid and
// which survives a JSON round trip.
func checkReaderResult(t *testing.T, p *Population, err error) {
	t.Helper()
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %v (%T) is not a *ParseError", err, err)
		}
		if pe.Line < 1 {
			t.Fatalf("error %v has line %d", err, pe.Line)
		}
		checkReason(t, err)
		return
	}
	for c := range p.Cells() {
		if math.IsNaN(c.Count) || math.IsInf(c.Count, 0) || c.Count < 0 || c.Count > MaxCount {
			t.Fatalf("cell %+v out of range", c)
		}
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var q Population
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if !p.Equal(&q) {
		t.Fatalf("JSON round trip lost data")
	}
}

func FuzzReadPHSProjections(f *testing.F) {
	g := goodWide()
	f.Add(strings.Join(g, "\n"))
	f.Add(strings.Join(g[:2], "\n"))
	f.Add(g[0])
	f.Add("")
	f.Add(strings.Join(edit(g, 1, 50, "-1"), "\n"))
	f.Add(strings.Join(edit(g, 2, 94, "1"), "\n"))
	f.Add("Year,CA2019,Sex,Age0\n2020,S1,F,1\n")
	f.Add("\ufeffYear,HB,Sex\n\"2020\",\"x\"\"\",M\n")
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ReadPHSProjections(strings.NewReader(in))
		checkReaderResult(t, p, err)
	})
}

func FuzzReadPopulationCSV(f *testing.F) {
	g := goodLong()
	f.Add(strings.Join(g, "\n"))
	f.Add(strings.Join(g[:40], "\n"))
	f.Add("area,year,sex,age,count\nA,2020,F,90+,1\n")
	f.Add("")
	f.Add("count,age,sex,year,area\n1e308,0,All,2020,A\n")
	f.Add(strings.Join(edit(g, 3, 4, "90plus"), "\n"))
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ReadPopulationCSV(strings.NewReader(in))
		checkReaderResult(t, p, err)
	})
}

// FuzzParseBand checks that every band that parses prints back to itself.
func FuzzParseBand(f *testing.F) {
	for _, s := range []string{"65-69", "90+", "7", "0 to 4", "85plus", "–", "9999999999-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBand(s)
		if err != nil {
			if !errors.Is(err, ErrBadBand) {
				t.Fatalf("ParseBand(%q) error %v is not ErrBadBand", s, err)
			}
			return
		}
		if !b.Valid() {
			t.Fatalf("ParseBand(%q) = invalid %v", s, b)
		}
		back, err := ParseBand(b.String())
		if err != nil || back != b {
			t.Fatalf("ParseBand(%q) = %v; String %q parses to %v, %v", s, b, b.String(), back, err)
		}
	})
}

// FuzzTile checks that tiles are monotone in rank and within 1 … n.
func FuzzTile(f *testing.F) {
	f.Add(697, 6976, 10)
	f.Add(1396, 6976, 5)
	f.Add(1, 1, 1)
	f.Fuzz(func(t *testing.T, rank, zones, n int) {
		got, err := Tile(rank, zones, n)
		if err != nil {
			if !errors.Is(err, ErrBadRank) && !errors.Is(err, ErrBadArgument) {
				t.Fatalf("Tile error %v", err)
			}
			return
		}
		if got < 1 || got > n {
			t.Fatalf("Tile(%d, %d, %d) = %d", rank, zones, n, got)
		}
		if rank < zones {
			next, _ := Tile(rank+1, zones, n)
			if next < got || next > got+1 {
				t.Fatalf("Tile not monotone at %d: %d then %d", rank, got, next)
			}
		}
	})
}

func FuzzReadRatesCSV(f *testing.F) {
	f.Add(ratesFile)
	f.Add("condition,kind,band,persons\nx,activity,0+,1e308\n")
	f.Add("condition,kind,band,female,male\nx,prevalence,65-69,50%,0.5\nx,,70+,1,0\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := ReadRatesCSV(strings.NewReader(in))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v is not a *ParseError with a line", err)
			}
			if perr := fault.Prefixed(err.Error(), "needs"); perr != nil {
				t.Fatal(perr)
			}
			return
		}
		for _, r := range rs {
			if err := CheckBands(r.Bands()); err != nil {
				t.Fatalf("%s: %v", r.Condition(), err)
			}
			for _, b := range r.Bands() {
				for _, s := range []Sex{Female, Male} {
					v, _ := r.Rate(s, b)
					if checkRate(r.Kind(), v) != nil {
						t.Fatalf("%s %v %v: rate %v", r.Condition(), s, b, v)
					}
				}
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var back Rates
			if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
				t.Fatalf("JSON round trip of %s: %v", r.Condition(), err)
			}
		}
	})
}

func FuzzReadBandedPopulationCSV(f *testing.F) {
	f.Add("area,year,sex,age group,population\nA,2022,Female,0-4,10\nA,2022,Female,5+,20\n")
	f.Add("Year;Locality;LocalityQF;Sex;AgeGroup;Population\n2022/23;L;;Male;0-17;1\n2022/23;L;;Male;18+;2\n")
	f.Add("\ufeffarea\tyear\tsex\tband\tcount\nA\t2022\tAll\t0+\t0x1p3\n")
	f.Add("area,year,sex,band,count\nA,2022,F,0-4,1\nA,2022,F,4+,1\n")
	f.Add("area,year,sex,band,count\nA,2022,F,90+,1\nA,2022,F,0-89,1e308\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		p, err := ReadBandedPopulationCSV(strings.NewReader(in))
		checkReaderResult(t, p, err)
	})
}

// checkDecodeResult asserts the contract of the JSON decoders: a
// *FieldError with the prefix that wraps a sentinel.
func checkDecodeResult(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var fe *FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T) is not a *FieldError", err, err)
	}
	checkReason(t, err)
}

// checkReason asserts that err starts with the package prefix once and
// wraps one of the package's sentinels.
func checkReason(t *testing.T, err error) {
	t.Helper()
	if perr := fault.Prefixed(err.Error(), "needs"); perr != nil {
		t.Fatal(perr)
	}
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error %v wraps no sentinel", err)
}

func FuzzPopulationJSON(f *testing.F) {
	p := New()
	if err := p.Set("A", 2022, Female, flat(1)); err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(p)
	f.Add(b)
	f.Add([]byte(`{"series":[{"area":"A","year":2022,"sex":"Female","counts":[-1]}]}`))
	f.Add([]byte(`{"areas":[{"code":"A"}],"extra":1}`))
	f.Add([]byte(`null`))
	f.Add([]byte("0"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var q Population
		err := q.UnmarshalJSON(in)
		checkDecodeResult(t, err)
		if err == nil {
			checkReaderResult(t, &q, nil)
		}
	})
}

func FuzzRatesJSON(f *testing.F) {
	b, _ := json.Marshal(MustRates(RatesSpec{Condition: "c", Bands: []Band{{65, 74}, {75, Open}}, Female: []float64{0.1, 0.2}}))
	f.Add(b)
	f.Add([]byte(`{"condition":"c","kind":"prevalence","bands":["0+"],"female":[3]}`))
	f.Add([]byte(`{"condition":"c","bands":["5-1"]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var r Rates
		err := r.UnmarshalJSON(in)
		checkDecodeResult(t, err)
		if err != nil {
			return
		}
		for _, sex := range []Sex{Female, Male} {
			for _, band := range r.Bands() {
				v, err := r.Rate(sex, band)
				if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
					t.Fatalf("rate %v %v = %v, %v", sex, band, v, err)
				}
			}
		}
	})
}

func FuzzProjectionJSON(f *testing.F) {
	p := New()
	_ = p.Set("A", 2022, Female, flat(1))
	_ = p.Set("A", 2022, Male, flat(2))
	pr, err := Project(p, []Rates{MustRates(RatesSpec{Condition: "c", Bands: []Band{{65, Open}}, Female: []float64{0.1}})}, nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(pr)
	f.Add(b)
	f.Add([]byte(`{"areas":[],"years":[2022]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var q Projection
		err := q.UnmarshalJSON(in)
		checkDecodeResult(t, err)
		if err != nil {
			return
		}
		for r := range q.Rows() {
			if math.IsNaN(r.Cases) || math.IsInf(r.Cases, 0) {
				t.Fatalf("row %+v", r)
			}
		}
	})
}
