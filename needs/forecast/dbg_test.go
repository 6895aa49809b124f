package forecast

import (
	"fmt"
	"testing"
	"time"
)

func TestDbgM3(t *testing.T) {
	hs := loadM3(t)
	for _, meth := range []Method{Naive, SES, Holt, DampedHolt, Theta, Combination, Auto} {
		t0 := time.Now()
		var sm, ms float64
		cnt := map[string]int{}
		for _, h := range hs {
			mod, err := Fit(h.Train, meth, nil)
			if err != nil {
				t.Fatal(h.ID, err)
			}
			fc, err := mod.Forecast(len(h.Test))
			if err != nil {
				t.Fatal(h.ID, err)
			}
			acc, _ := Measure(h.Test, fc.Mean, h.Train.Values, 1)
			sm += acc.SMAPE
			ms += acc.MASE
			cnt[mod.Name()]++
		}
		n := float64(len(hs))
		fmt.Printf("%-8s sMAPE %.3f MASE %.3f %v %v\n", meth, sm/n, ms/n, time.Since(t0), cnt)
	}
}
