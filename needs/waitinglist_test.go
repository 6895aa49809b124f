package needs

import (
	"errors"
	"math"
	"testing"
)

// The worked figures of the NHS-R Community's NHSRwaitinglist documentation.
func TestWaitingListFormulas(t *testing.T) {
	tests := []struct {
		name string
		f    func() (float64, error)
		want float64
	}{
		{"target mean wait 52/4", func() (float64, error) { return TargetMeanWait(52, 4) }, 13},
		{"target mean wait 52/6", func() (float64, error) { return TargetMeanWait(52, 6) }, 52.0 / 6},
		{"target queue 30·52/4", func() (float64, error) { return TargetQueueSize(30, 52, 0) }, 390},
		{"relief 30+(1200−390)/26", func() (float64, error) { return ReliefCapacity(30, 1200, 390, 26) }, 30 + 810.0/26},
		{"queue load 30/27", func() (float64, error) { return QueueLoad(30, 27) }, 30.0 / 27},
		{"target capacity 4, 52 weeks", func() (float64, error) { return TargetCapacity(4, 52, 4, 1, 1) }, 4 + 4.0/52},
		{"pressure 2·63/52", func() (float64, error) { return WaitingListPressure(63, 52) }, 126.0 / 52},
	}
	for _, tt := range tests {
		got, err := tt.f()
		if err != nil || !near(got, tt.want, 1e-12) {
			t.Errorf("%s = %v, %v, want %v", tt.name, got, err, tt.want)
		}
	}
	if r, _ := ReliefCapacity(30, 1200, 390, 26); math.Round(r*100)/100 != 61.15 {
		t.Errorf("relief capacity rounds to %v, want 61.15", r)
	}
	for _, tt := range []struct {
		name string
		f    func() (float64, error)
	}{
		{"zero target", func() (float64, error) { return TargetMeanWait(0, 4) }},
		{"negative factor", func() (float64, error) { return TargetMeanWait(52, -4) }},
		{"NaN demand", func() (float64, error) { return TargetQueueSize(math.NaN(), 52, 4) }},
		{"zero capacity", func() (float64, error) { return QueueLoad(30, 0) }},
		{"zero periods", func() (float64, error) { return ReliefCapacity(30, 1, 1, 0) }},
		{"negative cv", func() (float64, error) { return TargetCapacity(4, 52, 4, -1, 1) }},
		{"infinite wait", func() (float64, error) { return WaitingListPressure(math.Inf(1), 52) }},
	} {
		if _, err := tt.f(); !errors.Is(err, ErrBadArgument) {
			t.Errorf("%s: error = %v, want ErrBadArgument", tt.name, err)
		}
	}
}

func TestWaitingListAssess(t *testing.T) {
	a, err := WaitingList{Demand: 30, Capacity: 27, Queue: 1200, MeanWait: 63, TargetWait: 52}.Assess()
	if err != nil {
		t.Fatal(err)
	}
	if a.TargetMeanWait != 13 || a.TargetQueueSize != 390 || !a.NeedsRelief ||
		!near(a.ReliefCapacity, 30+810.0/26, 1e-12) || !near(a.QueueLoad, 30.0/27, 1e-12) ||
		!near(a.Pressure, 126.0/52, 1e-12) || !near(a.TargetCapacity, 30+4.0/52, 1e-12) {
		t.Errorf("Assess = %+v", a)
	}
	if _, err := (WaitingList{Demand: 30, TargetWait: 52}).Assess(); !errors.Is(err, ErrBadArgument) {
		t.Errorf("Assess without capacity: %v", err)
	}
}
