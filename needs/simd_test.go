package needs

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// SIMD 2020 ranks 6,976 data zones; deciles and quintiles split them at the
// boundaries published with the index (decile 1 = ranks 1–697, quintile 1 =
// ranks 1–1,395).
func TestSIMD2020Bands(t *testing.T) {
	deciles := []struct{ rank, want int }{
		{1, 1}, {697, 1}, {698, 2}, {1395, 2}, {1396, 3}, {3488, 5}, {3489, 6}, {6278, 9}, {6279, 10}, {6976, 10},
	}
	for _, tt := range deciles {
		if got, err := SIMDDecile(tt.rank); err != nil || got != tt.want {
			t.Errorf("SIMDDecile(%d) = %d, %v, want %d", tt.rank, got, err, tt.want)
		}
	}
	quintiles := []struct{ rank, want int }{
		{1, 1}, {1395, 1}, {1396, 2}, {2790, 2}, {2791, 3}, {5580, 4}, {5581, 5}, {6976, 5},
	}
	for _, tt := range quintiles {
		if got, err := SIMDQuintile(tt.rank); err != nil || got != tt.want {
			t.Errorf("SIMDQuintile(%d) = %d, %v, want %d", tt.rank, got, err, tt.want)
		}
	}
	// Sizes: each decile holds 697 or 698 zones.
	counts := make(map[int]int)
	for r := 1; r <= SIMD2020Zones; r++ {
		d, _ := SIMDDecile(r)
		counts[d]++
	}
	for d := 1; d <= 10; d++ {
		if counts[d] != 697 && counts[d] != 698 {
			t.Errorf("decile %d holds %d zones", d, counts[d])
		}
	}
	for _, bad := range []int{0, -1, 6977} {
		if _, err := SIMDDecile(bad); !errors.Is(err, ErrBadRank) {
			t.Errorf("SIMDDecile(%d) = %v, want ErrBadRank", bad, err)
		}
	}
	if _, err := Tile(1, 5, 10); !errors.Is(err, ErrBadArgument) {
		t.Errorf("Tile with more tiles than zones: %v", err)
	}
}

func TestWeightedTiles(t *testing.T) {
	// Ten zones; the two most deprived hold half of the people.
	zones := []Zone{
		{"Z10", 10, 50}, {"Z1", 1, 250}, {"Z2", 2, 250}, {"Z3", 3, 50}, {"Z4", 4, 50},
		{"Z5", 5, 50}, {"Z6", 6, 50}, {"Z7", 7, 100}, {"Z8", 8, 100}, {"Z9", 9, 50},
	}
	got, err := WeightedTiles(zones, 2)
	if err != nil {
		t.Fatal(err)
	}
	// Cumulative midpoints /1000: Z1 .125, Z2 .375 → band 1; Z3 .525 … → band 2.
	want := []int{2, 1, 1, 2, 2, 2, 2, 2, 2, 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("WeightedTiles (-want +got):\n%s", diff)
	}
	// Equal populations give the same bands as ranks.
	eq := make([]Zone, 20)
	for i := range eq {
		eq[i] = Zone{Code: string(rune('a' + i)), Rank: i + 1, Population: 10}
	}
	q, _ := WeightedTiles(eq, 5)
	for i, b := range q {
		if want, _ := Tile(i+1, 20, 5); b != want {
			t.Errorf("zone %d: weighted quintile %d, rank quintile %d", i+1, b, want)
		}
	}
	for _, bad := range []struct {
		z    []Zone
		want error
	}{
		{nil, ErrBadArgument},
		{[]Zone{{"a", 1, 1}, {"a", 2, 1}}, ErrDuplicateRow},
		{[]Zone{{"a", 1, 1}, {"b", 1, 1}}, ErrDuplicateRow},
		{[]Zone{{"a", 0, 1}}, ErrBadRank},
		{[]Zone{{"a", 1, -1}}, ErrNegative},
		{[]Zone{{"a", 1, 0}}, ErrZeroDenominator},
	} {
		if _, err := WeightedTiles(bad.z, 5); !errors.Is(err, bad.want) {
			t.Errorf("WeightedTiles(%v) = %v, want %v", bad.z, err, bad.want)
		}
	}
}
