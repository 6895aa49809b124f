package needs

import (
	"cmp"
	"iter"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Ages and ranges of a [Population].
const (
	// TopAge is the open top single age: index 90 holds everyone aged 90 and over.
	TopAge = 90
	// NumAges is the number of single-year cells in a series: ages 0 … 89 and 90+.
	NumAges = TopAge + 1
	// MaxCount is the largest count accepted in one cell (one area, year, sex
	// and age). It is far above any real population and keeps sums exact in float64.
	MaxCount = 1e9
	// MinYear and MaxYear bound the mid-years accepted.
	MinYear = 1800
	MaxYear = 2300
)

// Area is the module's one type of area: a partnership, locality, council,
// health board or data zone. Code is its key, the GSS code of National
// Records of Scotland ("S37000028" for South Lanarkshire's partnership), or
// another stable code where there is none; every lookup in the module, in
// this package and in those above it, is by Code. Name is for display in
// reports only ("South Lanarkshire") and never identifies the area.
type Area struct {
	Code string `json:"code"`           // GSS code: the key
	Name string `json:"name,omitempty"` // display name
}

// seriesKey identifies one series of NumAges counts.
type seriesKey struct {
	area string
	year int
	sex  Sex
}

func (k seriesKey) compare(o seriesKey) int {
	if c := strings.Compare(k.area, o.area); c != 0 {
		return c
	}
	if c := cmp.Compare(k.year, o.year); c != 0 {
		return c
	}
	return cmp.Compare(k.sex, o.sex)
}

// Population holds counts of people by area, mid-year (30 June), sex and single
// year of age 0 … 89 and 90+ ([TopAge]). Each (area, year, sex) is a series of
// [NumAges] counts; a series may be stored for Female, Male and All. Counts are
// float64 (projections and constructed tables need not be whole numbers), each
// finite, non-negative and at most [MaxCount].
//
// When both Female and Male are stored, All is their sum: a stored All series
// must agree with it (see [Population.Set]) and is otherwise derived.
//
// The zero Population is empty and ready to use; [New] is equivalent. A
// Population is safe for concurrent reads, not for reads concurrent with Set.
type Population struct {
	names  map[string]string
	index  map[seriesKey]int // series → offset/NumAges in data
	data   []float64
	sorted []seriesKey // every key; sorted lazily, under mu, when dirty
	dirty  bool
	mu     sync.Mutex
}

// New returns an empty Population.
func New() *Population { return &Population{} }

// SexTolerance is how far a stored All cell may differ from Female + Male
// (published tables round each sex separately).
const SexTolerance = 1.0

func checkCount(v float64) error {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return ErrNotFinite
	case v < 0:
		return ErrNegative
	case v > MaxCount:
		return ErrCountRange
	}
	return nil
}

func checkYear(y int) error {
	if y < MinYear || y > MaxYear {
		return errf("%d not in [%d, %d]: %w", y, MinYear, MaxYear, ErrBadYear)
	}
	return nil
}

func checkArea(code string) error {
	if !utf8.ValidString(code) {
		return errf("area code %q: %w", code, ErrEncoding)
	}
	if strings.TrimSpace(code) == "" || code != strings.TrimSpace(code) {
		return errf("%q: %w", code, ErrBadArea)
	}
	return nil
}

// Set stores the counts for one area, year and sex: counts[a] for age a,
// counts[90] for 90+. It copies counts. It replaces an existing series. An All
// series stored beside Female and Male must equal their sum within
// [SexTolerance] per age, whichever is stored last; errors wrap
// [ErrSexMismatch], and ErrNotFinite, ErrNegative, ErrCountRange, ErrBadYear,
// ErrBadArea or ErrMissingAge for bad arguments.
func (p *Population) Set(area string, year int, sex Sex, counts []float64) error {
	if err := checkArea(area); err != nil {
		return err
	}
	if err := checkYear(year); err != nil {
		return err
	}
	if !sex.Valid() {
		return errf("%d: %w", uint8(sex), ErrUnknownSex)
	}
	if len(counts) != NumAges {
		return errf("%d counts, want %d (ages 0 … 89 and 90+): %w", len(counts), NumAges, ErrMissingAge)
	}
	for a, v := range counts {
		if err := checkCount(v); err != nil {
			return errf("age %s, count %v: %w", Age(a).ageLabel(), v, err)
		}
	}
	if err := p.checkSexes(area, year, sex, counts); err != nil {
		return err
	}
	p.put(seriesKey{area, year, sex}, counts)
	return nil
}

func (b Band) ageLabel() string {
	if b.Lo == TopAge {
		return "90+"
	}
	return b.String()
}

// checkSexes verifies All = Female + Male once all three are present.
func (p *Population) checkSexes(area string, year int, sex Sex, counts []float64) error {
	get := func(s Sex) []float64 {
		if s == sex {
			return counts
		}
		if i, ok := p.index[seriesKey{area, year, s}]; ok {
			return p.data[i*NumAges : (i+1)*NumAges]
		}
		return nil
	}
	f, m, a := get(Female), get(Male), get(All)
	if f == nil || m == nil || a == nil {
		return nil
	}
	for i := range NumAges {
		if math.Abs(a[i]-(f[i]+m[i])) > SexTolerance {
			return errf("area %s, year %d, age %s: All %v, Female + Male %v: %w", area, year, Age(i).ageLabel(), a[i], f[i]+m[i], ErrSexMismatch)
		}
	}
	return nil
}

func (p *Population) put(k seriesKey, counts []float64) {
	if p.index == nil {
		p.index = make(map[seriesKey]int)
	}
	if i, ok := p.index[k]; ok {
		copy(p.data[i*NumAges:(i+1)*NumAges], counts)
		return
	}
	p.index[k] = len(p.data) / NumAges
	p.data = append(p.data, counts...)
	if n := len(p.sorted); n > 0 && k.compare(p.sorted[n-1]) < 0 {
		p.dirty = true
	}
	p.sorted = append(p.sorted, k)
}

// SetName records the display name of an area, given by its code; the
// name is for reports and lookups stay by code. An empty name removes
// it. Names are UTF-8: invalid bytes are replaced by U+FFFD, as JSON would.
func (p *Population) SetName(code, name string) {
	name = strings.ToValidUTF8(name, "\uFFFD")
	code = strings.ToValidUTF8(code, "\uFFFD")
	if name == "" {
		delete(p.names, code)
		return
	}
	if p.names == nil {
		p.names = make(map[string]string)
	}
	p.names[code] = name
}

// Name returns the display name of an area, or its code when it has none.
func (p *Population) Name(code string) string {
	if n, ok := p.names[code]; ok && n != "" {
		return n
	}
	return code
}

// keys returns every series key in order. Concurrent readers may call it:
// the lazy sort is guarded by mu.
func (p *Population) keys() []seriesKey {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dirty {
		slices.SortFunc(p.sorted, seriesKey.compare)
		p.dirty = false
	}
	return p.sorted
}

// Areas returns the areas held, sorted by code, with their display names.
func (p *Population) Areas() []Area {
	var out []Area
	for _, k := range p.keys() {
		if len(out) == 0 || out[len(out)-1].Code != k.area {
			out = append(out, Area{Code: k.area, Name: p.names[k.area]})
		}
	}
	return out
}

// Years returns the sorted mid-years held for an area, or for all areas when area is "".
func (p *Population) Years(area string) []int {
	var out []int
	for _, k := range p.keys() {
		if area == "" || k.area == area {
			out = append(out, k.year)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Len returns the number of stored series.
func (p *Population) Len() int { return len(p.sorted) }

// series returns the counts of a series, deriving All from Female + Male when
// it is not stored. The returned slice must not be modified.
func (p *Population) series(area string, year int, sex Sex) ([]float64, error) {
	if p == nil {
		return nil, errf("nil population: %w", ErrBadArgument)
	}
	if i, ok := p.index[seriesKey{area, year, sex}]; ok {
		return p.data[i*NumAges : (i+1)*NumAges], nil
	}
	if sex == All {
		f, err1 := p.series(area, year, Female)
		m, err2 := p.series(area, year, Male)
		if err1 == nil && err2 == nil {
			out := make([]float64, NumAges)
			for a := range out {
				out[a] = f[a] + m[a]
			}
			return out, nil
		}
	}
	return nil, p.missing(area, year, sex)
}

// missing says which of area, year or sex is absent.
func (p *Population) missing(area string, year int, sex Sex) error {
	hasArea, hasYear := false, false
	for k := range p.index {
		if k.area == area {
			hasArea = true
			if k.year == year {
				hasYear = true
				break
			}
		}
	}
	switch {
	case !hasArea:
		return errf("%q: %w", area, ErrAreaNotFound)
	case !hasYear:
		return errf("%d for area %q: %w", year, area, ErrYearNotFound)
	}
	return errf("%v for area %q in %d: %w", sex, area, year, ErrSexNotFound)
}

// Ages returns a copy of the NumAges counts of one area, year and sex (index 90
// is 90+). All is derived from Female + Male when not stored. Errors wrap
// [ErrAreaNotFound], [ErrYearNotFound] or [ErrSexNotFound].
func (p *Population) Ages(area string, year int, sex Sex) ([]float64, error) {
	s, err := p.series(area, year, sex)
	if err != nil {
		return nil, err
	}
	return slices.Clone(s), nil
}

// Count returns the number of people in an area and year, of a sex, in an age
// band. The band is clipped to the data: a band reaching 90 or beyond must be
// open (Band{85, Open}, "85+"), since ages above 90 are held only as 90+; a
// band starting above 90 wraps [ErrBandBeyondData].
func (p *Population) Count(area string, year int, sex Sex, b Band) (float64, error) {
	if err := checkDataBand(b); err != nil {
		return 0, err
	}
	s, err := p.series(area, year, sex)
	if err != nil {
		return 0, err
	}
	var sum float64
	for a := b.Lo; a <= min(b.Hi, TopAge); a++ {
		sum += s[a]
	}
	return sum, nil
}

// checkDataBand reports whether b can be counted from single years 0 … 89 and 90+.
func checkDataBand(b Band) error {
	if !b.Valid() {
		return errf("%d-%d: %w", b.Lo, b.Hi, ErrBadBand)
	}
	if b.Lo > TopAge || (b.Hi >= TopAge && !b.IsOpen()) {
		return errf("%v (ages above 90 are held only as 90+): %w", b, ErrBandBeyondData)
	}
	return nil
}

// Total returns the population of all ages in an area and year, of a sex.
func (p *Population) Total(area string, year int, sex Sex) (float64, error) {
	return p.Count(area, year, sex, Band{0, Open})
}

// Banded aggregates one series into bands, in the order given. The bands must
// satisfy [CheckBands] and be countable (see [Population.Count]); they need
// not cover every age.
func (p *Population) Banded(area string, year int, sex Sex, bands []Band) ([]float64, error) {
	if err := checkBandsForData(bands); err != nil {
		return nil, err
	}
	s, err := p.series(area, year, sex)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(bands))
	for i, b := range bands {
		for a := b.Lo; a <= min(b.Hi, TopAge); a++ {
			out[i] += s[a]
		}
	}
	return out, nil
}

func checkBandsForData(bands []Band) error {
	if err := CheckBands(bands); err != nil {
		return err
	}
	for _, b := range bands {
		if err := checkDataBand(b); err != nil {
			return err
		}
	}
	return nil
}

// Cell is one count of a [Population]: an area, year, sex and single age
// (Age 90 stands for 90+).
type Cell struct {
	Area  string  `json:"area"` // the area's code (see [Area])
	Year  int     `json:"year"`
	Sex   Sex     `json:"sex"`
	Age   int     `json:"age"`
	Count float64 `json:"count"`
}

// Series is one stored series of a [Population]: the counts of an area, year
// and sex by single year of age (Counts[90] is 90+). Counts is a copy.
type Series struct {
	Area   string    `json:"area"` // the area's code (see [Area])
	Year   int       `json:"year"`
	Sex    Sex       `json:"sex"`
	Counts []float64 `json:"counts"`
}

// Series returns an iterator over the stored series in order of area, year and
// sex. Each Series holds a fresh copy of its counts.
func (p *Population) Series() iter.Seq[Series] {
	return func(yield func(Series) bool) {
		for _, k := range p.keys() {
			i := p.index[k]
			s := Series{k.area, k.year, k.sex, slices.Clone(p.data[i*NumAges : (i+1)*NumAges])}
			if !yield(s) {
				return
			}
		}
	}
}

// Cells returns an iterator over every stored cell in order of area, year,
// sex and age.
func (p *Population) Cells() iter.Seq[Cell] {
	return func(yield func(Cell) bool) {
		for _, k := range p.keys() {
			i := p.index[k]
			for a, v := range p.data[i*NumAges : (i+1)*NumAges] {
				if !yield(Cell{k.area, k.year, k.sex, a, v}) {
					return
				}
			}
		}
	}
}

// BandCounts returns an iterator over the counts of one area and year by band
// and sex (Female then Male within each band).
func (p *Population) BandCounts(area string, year int, bands []Band) iter.Seq2[Band, [2]float64] {
	return func(yield func(Band, [2]float64) bool) {
		f, err1 := p.Banded(area, year, Female, bands)
		m, err2 := p.Banded(area, year, Male, bands)
		if err1 != nil || err2 != nil {
			return
		}
		for i, b := range bands {
			if !yield(b, [2]float64{f[i], m[i]}) {
				return
			}
		}
	}
}

// Sum stores a new area, code with display name, as the sum of the parts:
// a partnership from its localities, or a locality from its data zones. It
// sums every year and sex that all parts hold (All only where it is stored in
// every part), and fails if the parts share no year, if a part is missing,
// if the parts do not hold the same years and sexes, or if a sum exceeds [MaxCount].
func (p *Population) Sum(code, name string, parts ...string) error {
	if err := checkArea(code); err != nil {
		return err
	}
	if len(parts) == 0 {
		return errf("no parts for %q: %w", code, ErrBadArgument)
	}
	if slices.Contains(parts, code) {
		return errf("%q is one of its own parts: %w", code, ErrBadArgument)
	}
	type ys struct {
		year int
		sex  Sex
	}
	var shape []ys
	for j, part := range parts {
		var got []ys
		for _, k := range p.keys() {
			if k.area == part {
				got = append(got, ys{k.year, k.sex})
			}
		}
		if len(got) == 0 {
			return errf("summing %q: part %q: %w", code, part, ErrAreaNotFound)
		}
		if j == 0 {
			shape = got
		} else if !slices.Equal(shape, got) {
			return errf("summing %q: %q holds other years or sexes than %q: %w", code, part, parts[0], ErrMismatch)
		}
	}
	sum := make([]float64, NumAges)
	for _, s := range shape {
		clear(sum)
		for _, part := range parts {
			i := p.index[seriesKey{part, s.year, s.sex}]
			for a, v := range p.data[i*NumAges : (i+1)*NumAges] {
				sum[a] += v
			}
		}
		for a, v := range sum {
			if v > MaxCount {
				return errf("summing %q, %d %v age %s: %w", code, s.year, s.sex, Age(a).ageLabel(), ErrCountRange)
			}
		}
		p.put(seriesKey{code, s.year, s.sex}, sum)
	}
	p.SetName(code, name)
	return nil
}

// Clone returns a deep copy of p.
func (p *Population) Clone() *Population {
	q := &Population{
		names:  maps.Clone(p.names),
		index:  make(map[seriesKey]int, len(p.index)),
		data:   slices.Clone(p.data),
		sorted: slices.Clone(p.keys()),
	}
	maps.Copy(q.index, p.index)
	return q
}

// Equal reports whether p and q hold the same names and the same series with
// the same counts.
func (p *Population) Equal(q *Population) bool {
	if p.Len() != q.Len() || len(p.names) != len(q.names) {
		return false
	}
	for k, v := range p.names {
		if w, ok := q.names[k]; !ok || w != v {
			return false
		}
	}
	for k, i := range p.index {
		j, ok := q.index[k]
		if !ok || !slices.Equal(p.data[i*NumAges:(i+1)*NumAges], q.data[j*NumAges:(j+1)*NumAges]) {
			return false
		}
	}
	return true
}

// Change returns the relative change in the number of people of a sex in an
// age band in an area from a base year: count(year)/count(base) − 1. It wraps
// [ErrZeroDenominator] when the base count is zero.
func (p *Population) Change(area string, sex Sex, b Band, base, year int) (float64, error) {
	c0, err := p.Count(area, base, sex, b)
	if err != nil {
		return 0, err
	}
	c1, err := p.Count(area, year, sex, b)
	if err != nil {
		return 0, err
	}
	if c0 == 0 {
		return 0, errf("no people aged %v in %q in %d: %w", b, area, base, ErrZeroDenominator)
	}
	return finite("change", c1/c0-1)
}

// DependencyRatio returns the old-age dependency ratio of an area and year:
// people aged 65 and over per person aged 16 to 64 (multiply by 100 for the
// usual "per 100 of working age").
func (p *Population) DependencyRatio(area string, year int) (float64, error) {
	old, err := p.Count(area, year, All, Band{65, Open})
	if err != nil {
		return 0, err
	}
	working, err := p.Count(area, year, All, Band{16, 64})
	if err != nil {
		return 0, err
	}
	if working == 0 {
		return 0, errf("no people aged 16-64 in %q in %d: %w", area, year, ErrZeroDenominator)
	}
	return finite("dependency ratio", old/working)
}
