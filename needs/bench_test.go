package needs

import (
	"fmt"
	"testing"
)

// benchFixture builds 32 areas × 25 years of Female and Male single-age
// populations and 20 conditions on the 19 ESP bands.
func benchFixture(b *testing.B) (*Population, []Rates, []string, []int) {
	b.Helper()
	p := New()
	var areas []string
	var years []int
	for y := 2020; y < 2045; y++ {
		years = append(years, y)
	}
	for i := range 32 {
		code := fmt.Sprintf("S%08d", i)
		areas = append(areas, code)
		for _, y := range years {
			for _, s := range []Sex{Female, Male} {
				counts := make([]float64, NumAges)
				for a := range counts {
					counts[a] = float64(1000 + 7*i + 3*(y-2020) - a + int(s))
				}
				if err := p.Set(code, y, s, counts); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	bands := FiveYearBands(0, 90)
	var rates []Rates
	for c := range 20 {
		f := make([]float64, len(bands))
		m := make([]float64, len(bands))
		for i := range bands {
			f[i] = float64(i+c) / 200
			m[i] = float64(i+2*c) / 300
		}
		rates = append(rates, MustRates(RatesSpec{Condition: fmt.Sprintf("c%02d", c), Kind: Activity, Bands: bands, Female: f, Male: m}))
	}
	return p, rates, areas, years
}

// BenchmarkProject projects 32 areas × 25 years × 91 ages × 2 sexes × 20
// conditions (19 bands each): 608,000 output values.
func BenchmarkProject(b *testing.B) {
	p, rates, areas, years := benchFixture(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Project(p, rates, areas, years); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadPHSProjections reads 32 areas × 25 years × 3 sexes in wide form.
func BenchmarkReadPHSProjections(b *testing.B) {
	p, _, areas, years := benchFixture(b)
	var sb []byte
	sb = append(sb, wideHeader("HSCP2019")+"\n"...)
	for _, a := range areas {
		for _, y := range years {
			f, _ := p.Ages(a, y, Female)
			m, _ := p.Ages(a, y, Male)
			sb = append(sb, wideRow(y, a, "Female", f)+"\n"...)
			sb = append(sb, wideRow(y, a, "Male", m)+"\n"...)
			sb = append(sb, wideRow(y, a, "All", addSeries(f, m))+"\n"...)
		}
	}
	b.SetBytes(int64(len(sb)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadPHSProjections(bytesReader(sb)); err != nil {
			b.Fatal(err)
		}
	}
}
