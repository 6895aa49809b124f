package needs

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Open is the Hi of an open-ended age band: Band{90, Open} is "90+".
const Open = math.MaxInt32

// Band is a range of whole ages, Lo … Hi inclusive; Hi == [Open] makes an open
// top band such as "90+". The zero Band is age 0 alone. Bands are small values,
// compared with ==, [Band.Equal] or [Band.Compare]. In JSON a band is its
// String ("65-69"), through [Band.MarshalText].
type Band struct {
	Lo int `json:"lo"` // youngest age in the band
	Hi int `json:"hi"` // oldest age in the band, or Open
}

// Age returns the band holding the single age a.
func Age(a int) Band { return Band{a, a} }

// Valid reports whether 0 ≤ Lo ≤ Hi.
func (b Band) Valid() bool { return b.Lo >= 0 && b.Hi >= b.Lo }

// IsOpen reports whether b has no upper limit.
func (b Band) IsOpen() bool { return b.Hi == Open }

// Contains reports whether age a is in b.
func (b Band) Contains(a int) bool { return a >= b.Lo && a <= b.Hi }

// Width returns the number of single years in b, or [Open] for an open band.
func (b Band) Width() int {
	if b.IsOpen() {
		return Open
	}
	return b.Hi - b.Lo + 1
}

// Overlaps reports whether b and o share an age.
func (b Band) Overlaps(o Band) bool { return b.Lo <= o.Hi && o.Lo <= b.Hi }

// Equal reports whether b and o are the same band.
func (b Band) Equal(o Band) bool { return b == o }

// Compare orders bands by Lo, then by Hi.
func (b Band) Compare(o Band) int {
	if c := cmp.Compare(b.Lo, o.Lo); c != 0 {
		return c
	}
	return cmp.Compare(b.Hi, o.Hi)
}

// String returns "65-69", "90+" or, for a single age, "7". [ParseBand] reads it back.
func (b Band) String() string {
	switch {
	case b.IsOpen():
		return strconv.Itoa(b.Lo) + "+"
	case b.Lo == b.Hi:
		return strconv.Itoa(b.Lo)
	}
	return strconv.Itoa(b.Lo) + "-" + strconv.Itoa(b.Hi)
}

// ParseBand reads "65-69" (hyphen or en dash), "90+", "90plus" or a single age "7".
// Errors wrap [ErrBadBand].
func ParseBand(s string) (Band, error) {
	t := strings.TrimSpace(s)
	bad := func() (Band, error) { return Band{}, errf("%q: %w", s, ErrBadBand) }
	atoi := func(x string) (int, bool) {
		x = strings.TrimSpace(x)
		if x == "" || len(x) > 9 {
			return 0, false
		}
		for _, c := range x {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(x)
		return n, err == nil
	}
	for _, suffix := range []string{"+", "plus"} {
		if rest, ok := strings.CutSuffix(strings.ToLower(t), suffix); ok {
			lo, ok := atoi(rest)
			if !ok {
				return bad()
			}
			return Band{lo, Open}, nil
		}
	}
	for _, sep := range []string{"-", "–", " to "} {
		if lo, hi, ok := strings.Cut(t, sep); ok {
			l, ok1 := atoi(lo)
			h, ok2 := atoi(hi)
			if !ok1 || !ok2 || h < l {
				return bad()
			}
			return Band{l, h}, nil
		}
	}
	a, ok := atoi(t)
	if !ok {
		return bad()
	}
	return Band{a, a}, nil
}

// MustParseBand is like [ParseBand] but panics on error. It is for tests and
// package-level values.
func MustParseBand(s string) Band {
	b, err := ParseBand(s)
	if err != nil {
		panic("needs.MustParseBand: " + err.Error())
	}
	return b
}

// MarshalText implements [encoding.TextMarshaler].
func (b Band) MarshalText() ([]byte, error) {
	if !b.Valid() {
		return nil, errf("%d-%d: %w", b.Lo, b.Hi, ErrBadBand)
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (b *Band) UnmarshalText(t []byte) error {
	v, err := ParseBand(string(t))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// CheckBands reports whether bands are valid, sorted, and contiguous: each
// band starts the year after the previous one ends, and only the last may be
// open. It does not require the bands to start at age 0. Errors wrap
// [ErrBadBand], [ErrBandOverlap] or [ErrBandGap] and name the offending band.
func CheckBands(bands []Band) error {
	if len(bands) == 0 {
		return errf("no bands: %w", ErrBadBand)
	}
	for i, b := range bands {
		if !b.Valid() {
			return errf("band %d (%d-%d): %w", i+1, b.Lo, b.Hi, ErrBadBand)
		}
		if i == 0 {
			continue
		}
		p := bands[i-1]
		switch {
		case b.Lo <= p.Hi:
			return errf("%v and %v: %w", p, b, ErrBandOverlap)
		case b.Lo > p.Hi+1:
			return errf("between %v and %v: %w", p, b, ErrBandGap)
		}
	}
	return nil
}

// FiveYearBands returns the bands lo…lo+4, lo+5…lo+9, … up to an open top band
// starting at top: FiveYearBands(65, 90) is 65-69, 70-74, 75-79, 80-84, 85-89, 90+.
// It panics if lo or top is negative, top < lo or top − lo is not a multiple of 5
// (programmer misuse).
func FiveYearBands(lo, top int) []Band {
	if lo < 0 || top < lo || (top-lo)%5 != 0 {
		panic(fmt.Sprintf("needs.FiveYearBands(%d, %d): want 0 ≤ lo ≤ top, top−lo a multiple of 5", lo, top))
	}
	var out []Band
	for a := lo; a < top; a += 5 {
		out = append(out, Band{a, a + 4})
	}
	return append(out, Band{top, Open})
}

// bandIndex returns the index of the band holding age a, or -1.
func bandIndex(bands []Band, a int) int {
	i, found := slices.BinarySearchFunc(bands, a, func(b Band, a int) int {
		switch {
		case b.Hi < a:
			return -1
		case b.Lo > a:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}
