package needs

import (
	"math"
)

// The waiting-list formulas below are those NHS analysts use for planning
// elective capacity, from queueing theory: Fong, House, Walton et al.,
// "Understanding waiting list pressures" (2022), as implemented in the NHS-R
// Community's R package NHSRwaitinglist (calc_target_mean_wait,
// calc_target_queue_size, calc_target_capacity, calc_relief_capacity,
// calc_queue_load, calc_waiting_list_pressure). Demand and capacity are rates
// per unit of time (patients a week) and waits are in the same unit (weeks).
// Inputs must be finite ([ErrBadArgument]); a result that overflows float64
// from finite input (a demand of 1e308 patients a week) is an error wrapping
// [ErrNotFinite] that names it, never an infinity.

// DefaultWaitFactor is the factor by which a target wait is divided to give the
// target mean wait: a mean wait of a quarter of the target means that very few
// patients (about 2%) wait beyond it, for exponential-like waits.
const DefaultWaitFactor = 4

func positive(name string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
		return errf("%s %v must be positive and finite: %w", name, v, ErrBadArgument)
	}
	return nil
}

func nonNegative(name string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		return errf("%s %v must be non-negative and finite: %w", name, v, ErrBadArgument)
	}
	return nil
}

// TargetMeanWait returns targetWait / factor, the mean wait that meets a
// waiting-time target (factor 4 to 6; 0 means [DefaultWaitFactor]).
// A 52-week target gives 13 weeks.
func TargetMeanWait(targetWait, factor float64) (float64, error) {
	if factor == 0 {
		factor = DefaultWaitFactor
	}
	if err := positive("target wait", targetWait); err != nil {
		return 0, err
	}
	if err := positive("factor", factor); err != nil {
		return 0, err
	}
	return finite("target mean wait", targetWait/factor)
}

// TargetQueueSize returns the queue size that meets a waiting-time target, by
// Little's law: demand × target mean wait = demand × targetWait / factor.
// 30 patients a week against a 52-week target: 30 × 52 / 4 = 390 patients.
// It applies only when capacity exceeds demand.
func TargetQueueSize(demand, targetWait, factor float64) (float64, error) {
	if err := nonNegative("demand", demand); err != nil {
		return 0, err
	}
	w, err := TargetMeanWait(targetWait, factor)
	if err != nil {
		return 0, err
	}
	return finite("target queue size", demand*w)
}

// TargetCapacity returns the capacity that holds a queue at its target mean
// wait given variability, by Kingman's formula:
//
//	capacity = demand + (cvDemand² + cvCapacity²)/2 × factor / targetWait
//
// where cvDemand and cvCapacity are the coefficients of variation of the times
// between arrivals and between removals (1 for Poisson-like flows, the usual
// default). Demand 4 a week, 52-week target: 4 + 1 × 4/52 = 4.077 a week.
func TargetCapacity(demand, targetWait, factor, cvDemand, cvCapacity float64) (float64, error) {
	if err := nonNegative("demand", demand); err != nil {
		return 0, err
	}
	if err := nonNegative("cv of demand", cvDemand); err != nil {
		return 0, err
	}
	if err := nonNegative("cv of capacity", cvCapacity); err != nil {
		return 0, err
	}
	w, err := TargetMeanWait(targetWait, factor)
	if err != nil {
		return 0, err
	}
	return finite("target capacity", demand+(cvDemand*cvDemand/2+cvCapacity*cvCapacity/2)/w)
}

// ReliefCapacity returns the capacity that brings a queue down to a target
// size within a number of periods, while meeting new demand:
//
//	relief = demand + (queue − targetQueue) / periods
//
// Relief capacity is called for when the queue is more than twice its target.
// Demand 30 a week, queue 1,200, target 390 within 26 weeks: 61.15 a week.
func ReliefCapacity(demand, queue, targetQueue, periods float64) (float64, error) {
	if err := nonNegative("demand", demand); err != nil {
		return 0, err
	}
	if err := nonNegative("queue", queue); err != nil {
		return 0, err
	}
	if err := nonNegative("target queue", targetQueue); err != nil {
		return 0, err
	}
	if err := positive("periods", periods); err != nil {
		return 0, err
	}
	return finite("relief capacity", demand+(queue/periods-targetQueue/periods))
}

// QueueLoad returns demand / capacity: above 1 the queue grows without bound.
// 30 added a week and 27 removed: 1.11.
func QueueLoad(demand, capacity float64) (float64, error) {
	if err := nonNegative("demand", demand); err != nil {
		return 0, err
	}
	if err := positive("capacity", capacity); err != nil {
		return 0, err
	}
	return finite("queue load", demand/capacity)
}

// WaitingListPressure returns 2 × meanWait / targetWait, a pressure that
// compares waiting lists with different targets: above 1 the list is likely to
// miss its target. A 63-week mean wait against 52 weeks: 2.42.
func WaitingListPressure(meanWait, targetWait float64) (float64, error) {
	if err := nonNegative("mean wait", meanWait); err != nil {
		return 0, err
	}
	if err := positive("target wait", targetWait); err != nil {
		return 0, err
	}
	return finite("waiting-list pressure", meanWait/targetWait*2)
}

// WaitingList describes one waiting list for [WaitingList.Assess]. Rates are
// per period (e.g. a week), waits in periods.
type WaitingList struct {
	Demand     float64 `json:"demand"`     // additions per period
	Capacity   float64 `json:"capacity"`   // removals per period
	Queue      float64 `json:"queue"`      // people waiting now
	MeanWait   float64 `json:"meanWait"`   // current mean wait
	TargetWait float64 `json:"targetWait"` // the waiting-time target
	Factor     float64 `json:"factor"`     // target mean wait = TargetWait / Factor; 0 means DefaultWaitFactor
	CVDemand   float64 `json:"cvDemand"`   // coefficient of variation of inter-arrival times; 0 means 1
	CVCapacity float64 `json:"cvCapacity"` // coefficient of variation of inter-removal times; 0 means 1
	ReliefTime float64 `json:"reliefTime"` // periods within which to reach the target queue; 0 means 26
}

// WaitingListAssessment is the result of [WaitingList.Assess].
type WaitingListAssessment struct {
	TargetMeanWait  float64 `json:"targetMeanWait"`
	TargetQueueSize float64 `json:"targetQueueSize"`
	TargetCapacity  float64 `json:"targetCapacity"`
	ReliefCapacity  float64 `json:"reliefCapacity"` // capacity to reach the target queue within ReliefTime
	NeedsRelief     bool    `json:"needsRelief"`    // Queue > 2 × TargetQueueSize
	QueueLoad       float64 `json:"queueLoad"`      // Demand / Capacity
	Pressure        float64 `json:"pressure"`       // 2 × MeanWait / TargetWait
}

// Assess applies every waiting-list formula to w.
func (w WaitingList) Assess() (WaitingListAssessment, error) {
	cvd, cvc, rt := w.CVDemand, w.CVCapacity, w.ReliefTime
	if cvd == 0 {
		cvd = 1
	}
	if cvc == 0 {
		cvc = 1
	}
	if rt == 0 {
		rt = 26
	}
	var a WaitingListAssessment
	var err error
	if a.TargetMeanWait, err = TargetMeanWait(w.TargetWait, w.Factor); err != nil {
		return a, err
	}
	if a.TargetQueueSize, err = TargetQueueSize(w.Demand, w.TargetWait, w.Factor); err != nil {
		return a, err
	}
	if a.TargetCapacity, err = TargetCapacity(w.Demand, w.TargetWait, w.Factor, cvd, cvc); err != nil {
		return a, err
	}
	if a.ReliefCapacity, err = ReliefCapacity(w.Demand, w.Queue, a.TargetQueueSize, rt); err != nil {
		return a, err
	}
	a.NeedsRelief = w.Queue > 2*a.TargetQueueSize
	if a.QueueLoad, err = QueueLoad(w.Demand, w.Capacity); err != nil {
		return a, err
	}
	if a.Pressure, err = WaitingListPressure(w.MeanWait, w.TargetWait); err != nil {
		return a, err
	}
	return a, nil
}
