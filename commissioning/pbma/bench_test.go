package pbma

import "testing"

// BenchmarkAnalyse1000 runs the marginal analysis on 1,000 items (500 on
// the wish list, 500 on the hit list) across 20 programmes, half of them
// divisible.
func BenchmarkAnalyse1000(b *testing.B) {
	e := generate(42, 20, 1000, 2)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyse(e); err != nil {
			b.Fatal(err)
		}
	}
}
