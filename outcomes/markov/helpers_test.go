package markov

import (
	"math"
	"testing"
)

func TestRatesAndProbabilities(t *testing.T) {
	// Alarid-Escudero et al. (2023): the annual rate 0.15 of falling sick
	// is a probability of 1 − e^−0.15 = 0.139292 a year.
	near(t, "RateToProb", RateToProb(0.15, 1), 0.1392920235749422, 1e-15)
	near(t, "ProbToRate", ProbToRate(RateToProb(0.15, 1), 1), 0.15, 1e-15)
	near(t, "monthly", RescaleProb(RateToProb(0.15, 1), 1, 1.0/12), RateToProb(0.15, 1.0/12), 1e-15)
	near(t, "ApplyHR", ApplyHR(RateToProb(0.105, 1), 0.6), RateToProb(0.063, 1), 1e-15)
	near(t, "ApplyRR", ApplyRR(350.0/1734, 0.509), 0.509*350/1734, 1e-15)
	c := Conditional(0.1, 0.5, 0.2)
	near(t, "Conditional", c[0]+c[1], 0.63, 1e-15)
	if got := Tunnel("post-MI", 3); len(got) != 3 || got[0] != "post-MI 1" || got[2] != "post-MI 3" {
		t.Errorf("Tunnel %v", got)
	}
}

func TestMortalityTable(t *testing.T) {
	lt := MortalityTable{Ages: []int{35, 45, 55}, Female: []float64{0.001, 0.002, 0.005}, Male: []float64{0.002, 0.004, 0.01}}
	if err := lt.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		age  float64
		sex  Sex
		want float64
	}{{35, Female, 0.001}, {44.9, Male, 0.002}, {45, Male, 0.004}, {90, Female, 0.005}} {
		q, err := lt.Q(c.age, c.sex)
		if err != nil || q != c.want {
			t.Errorf("Q(%v, %v) = %v, %v; want %v", c.age, c.sex, q, err, c.want)
		}
	}
	if _, err := lt.Q(20, Female); !isErr(err, ErrAge) {
		t.Errorf("below the table: %v", err)
	}
	if _, err := lt.Q(math.NaN(), Female); !isErr(err, ErrAge) {
		t.Errorf("NaN age: %v", err)
	}
	bad := lt
	bad.Ages = []int{35, 35, 55}
	if err := bad.Validate(); !isErr(err, ErrAge) {
		t.Errorf("ages out of order: %v", err)
	}
	bad = lt
	bad.Male = []float64{0.1, 1.2, 0}
	if err := bad.Validate(); !isErr(err, ErrProbability) {
		t.Errorf("probability: %v", err)
	}
}

func TestDistributionsFromMoments(t *testing.T) {
	b, err := BetaFromMeanSD(0.75, 0.0326)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "beta mean", b.A/(b.A+b.B), 0.75, 1e-12)
	g, err := GammaFromMeanSD(2000, 200)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "gamma shape", g.A, 100, 1e-9)
	near(t, "gamma mean", g.A/g.B, 2000, 1e-9)
	if _, err := BetaFromMeanSD(0.5, 0.6); !isErr(err, ErrDistribution) {
		t.Errorf("beta too wide: %v", err)
	}
}

// TestTunnelStates follows a cohort through two tunnel states after an
// event whose mortality falls with the time since it, by hand.
func TestTunnelStates(t *testing.T) {
	post := Tunnel("post", 2)
	m := &Model{
		States: append(append([]string{"well"}, post...), "dead"), Dead: []string{"dead"},
		Initial: []float64{1, 0, 0, 0}, Cycles: 2, Correction: EndOfCycle,
		CostSchedule: constant("0"), EffectSchedule: constant("0"),
		Strategies: []Strategy{{ID: "s", Transition: Matrix(
			[]float64{Rest, 0.1, 0, 0.01},
			[]float64{0, 0, Rest, 0.2},
			[]float64{0, 0, Rest, 0.05},
			[]float64{0, 0, 0, 1},
		)}},
	}
	o := mustRun(t, m)
	want := []float64{0.7921, 0.089, 0.08, 0.0389}
	for j, x := range want {
		near(t, m.States[j], o.Trace[2][j], x, 1e-15)
	}
}
