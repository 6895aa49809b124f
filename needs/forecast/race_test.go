//go:build race

package forecast

// raceEnabled shortens the M3 acceptance test under the race detector; the
// full set runs in the ordinary test pass.
const raceEnabled = true
