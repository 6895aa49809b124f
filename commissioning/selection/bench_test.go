package selection

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkSelectPeers runs Select on the performance peers' portfolio
// instances (testdata/portfolio_n*.json: 5 yearly budgets, exclusive
// groups). n = 20 and 200 run to a proven optimum; 2,000 and 20,000 stop
// at 10 s and 1.5 s with their proven gap (reported as metrics).
func BenchmarkSelectPeers(b *testing.B) {
	for _, c := range []struct {
		n     int
		limit time.Duration
	}{{20, 0}, {200, 0}, {2000, 10 * time.Second}, {20000, 1500 * time.Millisecond}} {
		b.Run(fmt.Sprintf("n=%d", c.n), func(b *testing.B) {
			p := loadPeer(b, c.n)
			b.ReportAllocs()
			var sel Selection
			for b.Loop() {
				var err error
				sel, err = Select(context.Background(), p, &Options{TimeLimit: c.limit})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(sel.Benefit, "benefit")
			b.ReportMetric(sel.RelGap, "relgap")
			b.ReportMetric(float64(sel.Nodes), "nodes")
		})
	}
}

func BenchmarkFrontier(b *testing.B) {
	p := loadPeer(b, 20)
	levels := []float64{0.5, 0.75, 1, 1.25, 1.5}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Frontier(context.Background(), p, levels, nil); err != nil {
			b.Fatal(err)
		}
	}
}
