package needs

import (
	"errors"
	"testing"
)

func TestBandStringParse(t *testing.T) {
	tests := []struct {
		in   string
		want Band
		out  string
	}{
		{"65-69", Band{65, 69}, "65-69"},
		{"65–69", Band{65, 69}, "65-69"},
		{"90+", Band{90, Open}, "90+"},
		{"90plus", Band{90, Open}, "90+"},
		{" 7 ", Band{7, 7}, "7"},
		{"0 to 4", Band{0, 4}, "0-4"},
	}
	for _, tt := range tests {
		got, err := ParseBand(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseBand(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
			continue
		}
		if s := got.String(); s != tt.out {
			t.Errorf("%v.String() = %q, want %q", got, s, tt.out)
		}
		back, err := ParseBand(got.String())
		if err != nil || back != got {
			t.Errorf("ParseBand(%q) = %v, %v; not a round trip", got.String(), back, err)
		}
	}
	for _, bad := range []string{"", "69-65", "a-b", "+5", "-3", "5-", "1234567890", "90++"} {
		if _, err := ParseBand(bad); !errors.Is(err, ErrBadBand) {
			t.Errorf("ParseBand(%q) error = %v, want ErrBadBand", bad, err)
		}
	}
}

func TestBandMethods(t *testing.T) {
	b := Band{65, 69}
	if !b.Contains(65) || !b.Contains(69) || b.Contains(70) || b.Contains(64) {
		t.Errorf("Contains wrong for %v", b)
	}
	if b.Width() != 5 || (Band{90, Open}).Width() != Open {
		t.Errorf("Width wrong")
	}
	if !(Band{90, Open}).Contains(120) {
		t.Errorf("90+ should contain 120")
	}
	if b.Compare(Band{65, 74}) >= 0 || b.Compare(Band{60, 64}) <= 0 || b.Compare(b) != 0 || !b.Equal(Band{65, 69}) {
		t.Errorf("Compare/Equal wrong")
	}
	if !b.Overlaps(Band{69, 80}) || b.Overlaps(Band{70, 80}) {
		t.Errorf("Overlaps wrong")
	}
}

func TestCheckBands(t *testing.T) {
	tests := []struct {
		name  string
		bands []Band
		want  error
	}{
		{"five-year to 90+", FiveYearBands(0, 90), nil},
		{"from 65", FiveYearBands(65, 90), nil},
		{"empty", nil, ErrBadBand},
		{"overlap", []Band{{60, 64}, {64, 69}}, ErrBandOverlap},
		{"gap", []Band{{60, 64}, {66, 69}}, ErrBandGap},
		{"open not last", []Band{{60, Open}, {70, 74}}, ErrBandOverlap},
		{"reversed", []Band{{64, 60}}, ErrBadBand},
		{"negative", []Band{{-1, 4}}, ErrBadBand},
	}
	for _, tt := range tests {
		err := CheckBands(tt.bands)
		if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
			t.Errorf("%s: CheckBands = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestFiveYearBands(t *testing.T) {
	got := FiveYearBands(65, 90)
	want := []string{"65-69", "70-74", "75-79", "80-84", "85-89", "90+"}
	if len(got) != len(want) {
		t.Fatalf("FiveYearBands(65, 90) = %v", got)
	}
	for i := range got {
		if got[i].String() != want[i] {
			t.Errorf("band %d = %v, want %s", i, got[i], want[i])
		}
	}
	defer func() {
		if recover() == nil {
			t.Errorf("FiveYearBands(0, 7) did not panic")
		}
	}()
	FiveYearBands(0, 7)
}

func TestBandText(t *testing.T) {
	var b Band
	if err := b.UnmarshalText([]byte("85+")); err != nil || b != (Band{85, Open}) {
		t.Errorf("UnmarshalText(85+) = %v, %v", b, err)
	}
	if _, err := (Band{5, 1}).MarshalText(); !errors.Is(err, ErrBadBand) {
		t.Errorf("MarshalText of bad band: %v", err)
	}
}

func TestSex(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Sex
	}{{"Female", Female}, {"male", Male}, {"All", All}, {" F ", Female}, {"Persons", All}, {"Men", Male}} {
		got, err := ParseSex(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseSex(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
		back, err := ParseSex(got.String())
		if err != nil || back != got {
			t.Errorf("ParseSex(%q) round trip = %v, %v", got.String(), back, err)
		}
	}
	if _, err := ParseSex("X"); !errors.Is(err, ErrUnknownSex) {
		t.Errorf("ParseSex(X) = %v, want ErrUnknownSex", err)
	}
	if Sex(9).Valid() || Sex(9).String() != "Sex(9)" {
		t.Errorf("Sex(9) should be invalid")
	}
	if _, err := Sex(9).MarshalText(); !errors.Is(err, ErrUnknownSex) {
		t.Errorf("MarshalText(Sex(9)) = %v", err)
	}
}
