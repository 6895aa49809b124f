package southlanarkshire

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
)

// This file constructs the embedded table population.csv, deterministically,
// from public totals. Nothing here draws random numbers: run the test with
// -update to rewrite the file, and the test without it to check that the
// embedded file is exactly what this construction produces.

// publicTotals are South Lanarkshire's published mid-year population
// estimates (National Records of Scotland, as republished by
// citypopulation.de, mapsof.net and Wikipedia). 2022 is after the 2022 census.
var publicTotals = map[int]int{
	2018: 319020,
	2019: 320530,
	2021: 322630,
	2022: 327430,
}

// constructedGrowth is the yearly growth assumed after 2022 (constructed; NRS
// projections for the area should replace it).
const constructedGrowth = 0.0025

// total returns the partnership total for a year and whether it is public.
func total(year int) (int, bool) {
	if t, ok := publicTotals[year]; ok {
		return t, true
	}
	if year == 2020 {
		return (publicTotals[2019] + publicTotals[2021]) / 2, false
	}
	return int(math.Round(float64(publicTotals[2022]) * math.Pow(1+constructedGrowth, float64(year-2022)))), false
}

// localityBase is each locality's share basis: the mid-2020 populations of the
// settlements assigned to it (public figures; the assignment is constructed)
// plus a constructed share of the 34,310 people living outside those
// settlements (60% Clydesdale, 20% East Kilbride, 20% Hamilton).
var localityBase = []struct {
	code, name  string
	settlements int     // sum of public settlement populations, mid-2020
	rest        float64 // share of the remainder
	oldTilt     float64 // constructed: relative weight of ages 65+
	youngTilt   float64 // constructed: relative weight of ages 0-15
}{
	// Carluke 13,810; Lanark 8,880; Stonehouse 5,550; Kirkmuirhill and Blackwood 4,380;
	// Lesmahagow 4,300; Law 3,090; Biggar 2,640.
	{"S37000028-CLY", "Clydesdale", 42650, 0.6, 1.18, 0.97},
	// East Kilbride 75,310; Strathaven 8,090.
	{"S37000028-EK", "East Kilbride", 83400, 0.2, 1.03, 0.98},
	// Hamilton 54,480; Blantyre 16,800; Larkhall 15,030; Bothwell 6,870; Uddingston 6,300.
	{"S37000028-HAM", "Hamilton", 99480, 0.2, 0.97, 1.02},
	// Rutherglen 30,950; Cambuslang 30,790.
	{"S37000028-RC", "Rutherglen/Cambuslang", 61740, 0, 0.92, 1.05},
}

// ageShape returns the constructed 2018 relative size of single age a
// (persons, 0 … 89), piecewise linear between knots shaped after Scotland's
// mid-2018 age structure in thousands: small cohorts of the early 2000s and
// late 1970s, the large cohorts born in the 1960s, thinning above 70.
func ageShape(a int) float64 {
	knots := [][2]float64{{0, 51}, {5, 56}, {10, 57}, {15, 53}, {20, 66}, {25, 72}, {30, 73}, {35, 65},
		{40, 61}, {45, 68}, {50, 80}, {55, 80}, {60, 68}, {65, 62}, {70, 58}, {75, 42}, {80, 32},
		{85, 20}, {89, 12}}
	x := float64(a)
	for i := 1; i < len(knots); i++ {
		if x <= knots[i][0] {
			p, q := knots[i-1], knots[i]
			return p[1] + (q[1]-p[1])*(x-p[0])/(q[0]-p[0])
		}
	}
	return knots[len(knots)-1][1]
}

// ninetyPlus is the constructed relative size of the 90+ group on the scale of ageShape.
const ninetyPlus = 44

// maleShare returns the constructed share of men at age a: 51.3% at birth,
// half by 40, falling to 30% at 90+ as women outlive men.
func maleShare(a int) float64 {
	knots := [][2]float64{{0, 0.513}, {40, 0.5}, {60, 0.49}, {70, 0.47}, {80, 0.42}, {87, 0.35}, {90, 0.30}}
	x := float64(a)
	for i := 1; i < len(knots); i++ {
		if x <= knots[i][0] {
			p, q := knots[i-1], knots[i]
			return p[1] + (q[1]-p[1])*(x-p[0])/(q[0]-p[0])
		}
	}
	return 0.30
}

// survival is a constructed Gompertz–Makeham survival to exact age a
// (Makeham term 0.0004, Gompertz slope 0.095; level 2.1e-5 for females and
// 3.4e-5 for males, giving yearly death rates near 1% and 1.6% at 65).
func survival(a float64, male bool) float64 {
	const makeham, g = 0.0004, 0.095
	b := 2.1e-5
	if male {
		b = 3.4e-5
	}
	return math.Exp(-makeham*a - b/g*(math.Exp(g*a)-1))
}

const maxModelAge = 110

// profile returns the constructed 2018 single-age weights of one sex, ages
// 0 … maxModelAge, before tilts and scaling: ageShape split by maleShare, and
// the 90+ group spread over 90 … maxModelAge in proportion to survival.
func profile(male bool) []float64 {
	out := make([]float64, maxModelAge+1)
	share := func(a int) float64 {
		if male {
			return maleShare(a)
		}
		return 1 - maleShare(a)
	}
	for a := range 90 {
		out[a] = ageShape(a) * share(a)
	}
	var spread float64
	for a := 90; a <= maxModelAge; a++ {
		spread += survival(float64(a)+0.5, male)
	}
	for a := 90; a <= maxModelAge; a++ {
		out[a] = ninetyPlus * share(90) * survival(float64(a)+0.5, male) / spread
	}
	return out
}

// step ages a single-age population by one year: survivors move up one age;
// births are 4.9% of women aged 15-44 a year (constructed, near Scotland's
// general fertility rate), split 1.05 boys per girl.
func step(f, m []float64) (nf, nm []float64) {
	var women float64
	for a := 15; a <= 44; a++ {
		women += f[a]
	}
	b := 0.049 * women
	nf, nm = make([]float64, len(f)), make([]float64, len(m))
	nf[0], nm[0] = b/2.05, b*1.05/2.05
	for a := 1; a < len(f); a++ {
		nf[a] = f[a-1] * survival(float64(a)+0.5, false) / survival(float64(a)-0.5, false)
		nm[a] = m[a-1] * survival(float64(a)+0.5, true) / survival(float64(a)-0.5, true)
	}
	return nf, nm
}

// localityTotals splits a partnership total into the four localities in
// proportion to their share basis, by largest remainder so that they sum exactly.
func localityTotals(t int) []int {
	const remainder = 321580 - (42650 + 83400 + 99480 + 61740) // 34,310 outside the listed settlements
	basis := make([]float64, len(localityBase))
	var sum float64
	for i, l := range localityBase {
		basis[i] = float64(l.settlements) + l.rest*remainder
		sum += basis[i]
	}
	exact := make([]float64, len(basis))
	for i := range basis {
		exact[i] = float64(t) * basis[i] / sum
	}
	return largestRemainder(exact, t)
}

// largestRemainder rounds xs to whole numbers summing to total: floors first,
// then one more to the largest fractional parts (ties to the lower index).
func largestRemainder(xs []float64, total int) []int {
	out := make([]int, len(xs))
	idx := make([]int, len(xs))
	got := 0
	for i, x := range xs {
		out[i] = int(math.Floor(x))
		got += out[i]
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		fa, fb := xs[idx[a]]-math.Floor(xs[idx[a]]), xs[idx[b]]-math.Floor(xs[idx[b]])
		return fa > fb
	})
	for k := 0; got < total; k++ {
		out[idx[k%len(idx)]]++
		got++
	}
	return out
}

// row is one constructed series: locality, year, female and male counts by
// single age 0 … 89 and 90+.
type row struct {
	code, name string
	year       int
	f, m       []int
}

// fold folds model ages 90 … maxModelAge into the open 90+.
func fold(x []float64) []float64 {
	out := slices.Clone(x[:91])
	for a := 91; a < len(x); a++ {
		out[90] += x[a]
	}
	return out
}

// simulate runs the construction from FirstYear to LastYear and calls visit
// with each locality's model populations (ages 0 … maxModelAge) scaled to its
// total for the year. visit must not keep the slices.
func simulate(visit func(year, locality, total int, f, m []float64)) {
	type state struct{ f, m []float64 }
	states := make([]state, len(localityBase))
	for i, l := range localityBase {
		f, m := profile(false), profile(true)
		for a := range f {
			tilt := 1.0
			switch {
			case a >= 65:
				tilt = l.oldTilt
			case a <= 15:
				tilt = l.youngTilt
			}
			f[a] *= tilt
			m[a] *= tilt
		}
		states[i] = state{f, m}
	}
	for year := FirstYear; year <= LastYear; year++ {
		t, _ := total(year)
		lt := localityTotals(t)
		for i := range states {
			if year > FirstYear {
				states[i].f, states[i].m = step(states[i].f, states[i].m)
			}
			// Scale to the locality total: the implied net migration is
			// proportional to the population at each age.
			var sum float64
			for a := range states[i].f {
				sum += states[i].f[a] + states[i].m[a]
			}
			k := float64(lt[i]) / sum
			for a := range states[i].f {
				states[i].f[a] *= k
				states[i].m[a] *= k
			}
			visit(year, i, lt[i], states[i].f, states[i].m)
		}
	}
}

// construct builds every locality series for FirstYear … LastYear, in whole
// people: the cells of a locality and year are rounded by largest remainder
// so that they sum exactly to its total.
func construct() []row {
	var rows []row
	simulate(func(year, i, total int, fm, mm []float64) {
		f, m := fold(fm), fold(mm)
		ints := largestRemainder(slices.Concat(f, m), total)
		rows = append(rows, row{localityBase[i].code, localityBase[i].name, year, ints[:91], ints[91:]})
	})
	return rows
}

// oldestSplit returns the constructed partnership population aged 90-94 and
// 95+ in a year, by sex, from the model before ages are folded into 90+.
func oldestSplit(year int) (f9094, f95, m9094, m95 float64) {
	simulate(func(y, _, _ int, f, m []float64) {
		if y != year {
			return
		}
		for a := 90; a <= maxModelAge; a++ {
			if a <= 94 {
				f9094 += f[a]
				m9094 += m[a]
			} else {
				f95 += f[a]
				m95 += m[a]
			}
		}
	})
	return
}

// encode writes rows in the layout of the Public Health Scotland open-data
// population files (a running _id, a qualifier column beside the area and
// the sex, "d" marking the derived All rows, AllAges before the single
// ages), with a locality name and a Basis column saying which figures are
// public and which constructed.
func encode(rows []row) []byte {
	var b bytes.Buffer
	b.WriteString("_id,Year,Locality,LocalityQF,LocalityName,Basis,Sex,SexQF,AllAges")
	for a := range 90 {
		fmt.Fprintf(&b, ",Age%d", a)
	}
	b.WriteString(",Age90plus\n")
	id := 0
	for _, r := range rows {
		basis := "constructed"
		if _, ok := publicTotals[r.year]; ok {
			basis = "constructed split of public total"
		}
		all := make([]int, len(r.f))
		for a := range all {
			all[a] = r.f[a] + r.m[a]
		}
		for _, s := range []struct {
			sex string
			v   []int
		}{{"Female", r.f}, {"Male", r.m}, {"All", all}} {
			qf := ""
			if s.sex == "All" {
				qf = "d"
			}
			sum := 0
			for _, v := range s.v {
				sum += v
			}
			id++
			fmt.Fprintf(&b, "%d,%d,%s,,%s,%s,%s,%s,%d", id, r.year, r.code, r.name, basis, s.sex, qf, sum)
			for _, v := range s.v {
				b.WriteString("," + strconv.Itoa(v))
			}
			b.WriteString("\n")
		}
	}
	return b.Bytes()
}
