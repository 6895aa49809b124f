package needs

import (
	"cmp"
	"math"
	"slices"
)

// SIMD2020Zones is the number of data zones ranked by the Scottish Index of
// Multiple Deprivation 2020: rank 1 is the most deprived, rank 6,976 the least.
const SIMD2020Zones = 6976

// Tile returns the n-tile (1 … n) of a deprivation rank among zones ranked
// zones, 1 being the most deprived: tile = ⌈rank·n / zones⌉, computed in
// integers. With zones = 6,976 and n = 10 it reproduces the SIMD 2020 deciles
// (ranks 1–697 decile 1, 698–1,395 decile 2, …, 6,279–6,976 decile 10); n = 5
// gives the quintiles (1–1,395 quintile 1, 1,396–2,790 quintile 2, …).
// Errors wrap [ErrBadRank] or [ErrBadArgument].
func Tile(rank, zones, n int) (int, error) {
	if zones < 1 || n < 1 || n > zones || zones > math.MaxInt32 {
		return 0, errf("%d zones into %d tiles: %w", zones, n, ErrBadArgument)
	}
	if rank < 1 || rank > zones {
		return 0, errf("%d not in 1 … %d: %w", rank, zones, ErrBadRank)
	}
	return int((int64(rank)*int64(n) + int64(zones) - 1) / int64(zones)), nil
}

// SIMDDecile returns the SIMD 2020 decile of a data-zone rank: 1 = most deprived tenth.
func SIMDDecile(rank int) (int, error) { return Tile(rank, SIMD2020Zones, 10) }

// SIMDQuintile returns the SIMD 2020 quintile of a data-zone rank: 1 = most deprived fifth.
func SIMDQuintile(rank int) (int, error) { return Tile(rank, SIMD2020Zones, 5) }

// Zone is a small area (a data zone) with its deprivation rank and population.
type Zone struct {
	Code       string  `json:"code"`       // the data zone's code, e.g. "S01012345"
	Rank       int     `json:"rank"`       // 1 = most deprived
	Population float64 `json:"population"` // people living there
}

// WeightedTiles assigns zones to n population-weighted bands, so that each band
// holds about a fraction 1/n of the people rather than of the zones (the local
// quintiles or deciles of a partnership, for instance). Zones are ordered by
// rank, most deprived first; a zone goes to the band holding the midpoint of
// its share of the cumulative population:
//
//	band = ⌊n · (P_before + P_zone/2) / P_total⌋ + 1
//
// so a zone is never split. The result is aligned with zones. Ranks and codes
// must be distinct; populations finite, non-negative and not all zero.
func WeightedTiles(zones []Zone, n int) ([]int, error) {
	if n < 1 || len(zones) == 0 {
		return nil, errf("%d zones into %d bands: %w", len(zones), n, ErrBadArgument)
	}
	order := make([]int, len(zones))
	codes := make(map[string]bool, len(zones))
	var total float64
	for i, z := range zones {
		order[i] = i
		if z.Rank < 1 {
			return nil, errf("zone %q: rank %d: %w", z.Code, z.Rank, ErrBadRank)
		}
		if codes[z.Code] {
			return nil, errf("zone %q: %w", z.Code, ErrDuplicateRow)
		}
		codes[z.Code] = true
		if err := checkCount(z.Population); err != nil {
			return nil, errf("zone %q population: %w", z.Code, err)
		}
		total += z.Population
	}
	if total == 0 {
		return nil, errf("zones have no population: %w", ErrZeroDenominator)
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(zones[a].Rank, zones[b].Rank) })
	for i := 1; i < len(order); i++ {
		if zones[order[i]].Rank == zones[order[i-1]].Rank {
			return nil, errf("zone %q: rank %d also held by %q: %w", zones[order[i]].Code, zones[order[i]].Rank, zones[order[i-1]].Code, ErrDuplicateRow)
		}
	}
	out := make([]int, len(zones))
	var before float64
	for _, i := range order {
		mid := before + zones[i].Population/2
		band := int(math.Floor(float64(n)*mid/total)) + 1
		out[i] = min(band, n)
		before += zones[i].Population
	}
	return out, nil
}
