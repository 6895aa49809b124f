package forecast

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Method is a forecasting method.
type Method int

// Methods. The zero Method is invalid.
const (
	Naive         Method = iota + 1 // last value (random walk)
	SeasonalNaive                   // value of the same season a year before
	Drift                           // random walk with drift: last value plus the mean change
	Linear                          // least-squares straight line in time
	SES                             // simple exponential smoothing, ETS(A,N,N)
	Holt                            // Holt's linear trend, ETS(A,A,N)
	DampedHolt                      // damped trend, ETS(A,Ad,N)
	ETS                             // the ETS model given in Options.Spec
	Theta                           // the Theta method as R's forecast::thetaf
	Combination                     // mean of SES, Holt and DampedHolt forecasts
	Auto                            // ETS model chosen by AICc, as R's forecast::ets
	STM                             // standard theta model (θ = 2), Fiorucci et al. 2016
	OTM                             // optimised theta model
	DSTM                            // dynamic standard theta model
	DOTM                            // dynamic optimised theta model
	AutoTheta                       // the theta model of lowest in-sample MSE
	Ensemble                        // mean or median of several methods' forecasts (Options.Members)
)

// Methods returns every method in declaration order.
func Methods() []Method {
	return []Method{Naive, SeasonalNaive, Drift, Linear, SES, Holt, DampedHolt, ETS, Theta, Combination, Auto, STM, OTM, DSTM, DOTM, AutoTheta, Ensemble}
}

// Options adjusts fitting and forecasting. A nil *Options means the zero value.
type Options struct {
	// Spec is the model fitted by the ETS method (ignored otherwise).
	Spec Spec `json:"spec"`
	// Alpha, Beta, Gamma and Phi fix smoothing parameters of the ETS-based
	// methods (SES, Holt, DampedHolt, ETS); zero means estimate. Beta is in
	// error-correction form (α·β*), see [Params].
	Alpha float64 `json:"alpha"`
	Beta  float64 `json:"beta"`
	Gamma float64 `json:"gamma"`
	Phi   float64 `json:"phi"`
	// AdditiveOnly restricts Auto to additive-error models.
	AdditiveOnly bool `json:"additiveOnly"`
	// Polish refines multiplicative-error fits by a second Nelder–Mead
	// search over smoothing parameters and initial states jointly, from
	// the profile fit (see the package documentation, # Estimation). It
	// reaches the joint likelihood optimum at several times the cost.
	Polish bool `json:"polish"`
	// Seed seeds the simulation behind prediction intervals of models
	// without analytic ones; the same seed gives the same intervals.
	Seed uint64 `json:"seed"`
	// Paths is the number of simulated sample paths (default 5000).
	Paths int `json:"paths"`
	// Members are the methods Ensemble combines; nil means
	// [DefaultMembers]. Ensemble itself cannot be a member.
	Members []Method `json:"members,omitempty"`
	// Mean makes Ensemble combine by the mean instead of the median.
	Mean bool `json:"mean,omitempty"`
}

// Model is a fitted forecasting model. It is immutable once returned. Its
// JSON form holds the exported fields only: a summary of the fit, from which
// no forecast can be made.
type Model struct {
	Method Method `json:"method"` // the method asked for
	// Spec is the ETS model behind SES, Holt, DampedHolt, ETS, Auto and the
	// SES part of Theta; the zero Spec for the other methods.
	Spec Spec `json:"spec"`
	// Params are the estimated (or fixed) ETS parameters, as Spec.
	Params Params `json:"params"`
	// Sigma2 is the residual variance: for ETS models R's Σe²/(n − p), p the
	// number of estimated parameters and initial states; e relative for
	// multiplicative errors.
	Sigma2 float64 `json:"sigma2"`
	// LogLik, AIC, AICc and BIC are the full Gaussian log-likelihood and the
	// information criteria of ETS models (NaN for the other methods). They
	// differ from the values R prints by a constant for a given series.
	LogLik float64 `json:"logLik"`
	AIC    float64 `json:"aic"`
	AICc   float64 `json:"aicc"`
	BIC    float64 `json:"bic"`
	// Slope is the drift per period of Drift, the fitted slope of Linear, and
	// the added drift (half the regression slope) of Theta; 0 otherwise.
	Slope float64 `json:"slope"`
	// Intercept is the fitted value of Linear at the first observation.
	Intercept float64 `json:"intercept"`
	// Candidates lists the AICc of each admissible model Auto considered.
	Candidates []Candidate `json:"candidates"`
	// Theta holds the parameters of the theta-family models (STM, OTM,
	// DSTM, DOTM, AutoTheta); nil otherwise.
	Theta *ThetaParams `json:"theta,omitempty"`

	series Series
	fitted []float64
	resid  []float64 // y − ŷ (response residuals)
	final  state
	parts  []*Model // Combination components
	// thetaSeason holds Theta's multiplicative seasonal indices (nil if none).
	thetaSeason []float64
	theta       *thetaFit // theta-family fit
	opts        Options
}

// Candidate is one model considered by Auto.
type Candidate struct {
	Spec Spec    `json:"spec"`
	AICc float64 `json:"aicc"`
}

// Name returns the fitted model's name: "ETS(M,A,N)" for ETS-based methods,
// "AutoTheta(DOTM)" for the theta model AutoTheta chose, "Mean(…)" or
// "Median(…)" of the members' names for Ensemble, "Theta", "Comb" and so on
// otherwise.
func (m *Model) Name() string {
	switch m.Method {
	case SES, Holt, DampedHolt, ETS, Auto:
		return m.Spec.String()
	}
	if m.Theta != nil {
		if m.Method == AutoTheta {
			return "AutoTheta(" + m.Theta.Model.String() + ")"
		}
		return m.Theta.Model.String()
	}
	if m.Method == Ensemble {
		return m.ensembleName()
	}
	return m.Method.String()
}

// Fitted returns a copy of the one-step in-sample forecasts (NaN where the
// method has none, such as the first value of Naive).
func (m *Model) Fitted() []float64 { return slices.Clone(m.fitted) }

// Residuals returns a copy of y − fitted.
func (m *Model) Residuals() []float64 { return slices.Clone(m.resid) }

// Series returns the series the model was fitted to.
func (m *Model) Series() Series {
	s := m.series
	s.Values = slices.Clone(s.Values)
	return s
}

// Fit fits method to s.
func Fit(s Series, method Method, o *Options) (*Model, error) {
	mod, err := fit(s, method, o)
	return mod, prefixed(err)
}

// fit is Fit with errors that do not carry the package prefix.
func fit(s Series, method Method, o *Options) (*Model, error) {
	if err := s.validate(); err != nil {
		return nil, err
	}
	var opt Options
	if o != nil {
		opt = *o
	}
	s.Values = slices.Clone(s.Values)
	var (
		mod *Model
		err error
	)
	switch method {
	case Naive, SeasonalNaive, Drift:
		mod, err = fitWalk(s, method)
	case Linear:
		mod, err = fitLinear(s)
	case SES:
		mod, err = fitETS(s, Spec{Error: Additive}, opt)
	case Holt:
		mod, err = fitETS(s, Spec{Error: Additive, Trend: Additive}, opt)
	case DampedHolt:
		mod, err = fitETS(s, Spec{Error: Additive, Trend: Additive, Damped: true}, opt)
	case ETS:
		mod, err = fitETS(s, opt.Spec, opt)
	case Theta:
		mod, err = fitTheta(s, opt)
	case Combination:
		mod, err = fitCombination(s, opt)
	case Auto:
		mod, err = fitAuto(s, opt)
	case STM, OTM, DSTM, DOTM, AutoTheta:
		mod, err = fitThetaFamily(s, method, opt)
	case Ensemble:
		mod, err = fitEnsemble(s, opt)
	default:
		return nil, fmt.Errorf("%v: %w", method, ErrMethod)
	}
	if err != nil {
		return nil, err
	}
	mod.Method = method
	mod.series = s
	mod.opts = opt
	return mod, nil
}

// Apply runs the ETS model spec with every parameter and initial state given
// in p, without estimation: the textbook recursion. It returns the model with
// its fitted values, residuals and likelihood.
func Apply(s Series, spec Spec, p Params) (*Model, error) {
	mod, err := apply(s, spec, p)
	return mod, prefixed(err)
}

func apply(s Series, spec Spec, p Params) (*Model, error) {
	if err := s.validate(); err != nil {
		return nil, err
	}
	m := s.freq()
	if err := spec.check(m); err != nil {
		return nil, err
	}
	if len(s.Values) == 0 {
		return nil, &TooShortError{Method: spec.String(), Min: 1, Got: 0}
	}
	p.Season = slices.Clone(p.Season)
	if spec.Trend == None {
		p.Beta, p.Slope = 0, 0
	}
	if !spec.Damped {
		p.Phi = 1
	}
	if spec.Season == None {
		p.Gamma, p.Season = 0, nil
	} else if len(p.Season) != m {
		return nil, fmt.Errorf("%v: %d initial seasonal states for frequency %d: %w", spec, len(p.Season), m, ErrParam)
	}
	for _, v := range append([]float64{p.Level, p.Slope}, p.Season...) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%v: initial state %v: %w", spec, v, ErrParam)
		}
	}
	if !admissible(spec, &p, m) {
		return nil, fmt.Errorf("%v with α=%g β=%g γ=%g φ=%g: %w", spec, p.Alpha, p.Beta, p.Gamma, p.Phi, ErrParam)
	}
	s.Values = slices.Clone(s.Values)
	mod, err := finishETS(s, spec, p, 0)
	if err != nil {
		return nil, err
	}
	mod.Method = ETS
	mod.series = s
	return mod, nil
}

// fitETS estimates spec on s.
func fitETS(s Series, spec Spec, opt Options) (*Model, error) {
	m := s.freq()
	if err := spec.check(m); err != nil {
		return nil, err
	}
	y := s.Values
	if (spec.Error == Multiplicative || spec.Season == Multiplicative) && !positive(y) {
		return nil, fmt.Errorf("%v needs strictly positive data: %w", spec, ErrMethod)
	}
	fx := fixedParams{alpha: opt.Alpha, beta: opt.Beta, gamma: opt.Gamma, phi: opt.Phi}
	if min := spec.minLen(m); len(y) < min {
		return nil, &TooShortError{Method: spec.String(), Min: min, Got: len(y)}
	}
	if isConstant(y) {
		return fitConstant(s, spec)
	}
	f := newFitter(spec, y, m, fx)
	defer f.release()
	f.polish = opt.Polish
	// Fixed values must lie in the bounds themselves.
	f.setSmooth(make([]float64, len(f.free)))
	if err := checkFixed(spec, fx); err != nil {
		return nil, err
	}
	p, _, ok := f.estimate()
	if !ok {
		return nil, fmt.Errorf("%v: %w", spec, ErrNoFit)
	}
	return finishETS(s, spec, p, len(f.free))
}

func checkFixed(spec Spec, fx fixedParams) error {
	bad := func(name string, v, lo, hi float64) error {
		if v != 0 && !(v >= lo && v <= hi) {
			return fmt.Errorf("%v: %s = %g outside [%g, %g]: %w", spec, name, v, lo, hi, ErrParam)
		}
		return nil
	}
	if err := bad("alpha", fx.alpha, lowerSmooth, upperSmooth); err != nil {
		return err
	}
	hiB := upperSmooth
	if fx.alpha != 0 {
		hiB = math.Min(hiB, fx.alpha)
	}
	if err := bad("beta", fx.beta, lowerSmooth, hiB); err != nil {
		return err
	}
	if err := bad("gamma", fx.gamma, lowerSmooth, upperSmooth); err != nil {
		return err
	}
	return bad("phi", fx.phi, lowerPhi, upperPhi)
}

// isConstant reports whether all values are equal.
func isConstant(y []float64) bool {
	for _, v := range y[1:] {
		if v != y[0] {
			return false
		}
	}
	return true
}

// fitConstant handles a constant series as R's ets does: simple exponential
// smoothing with α at its upper bound and zero variance; trend and season
// are dropped since the data carry none.
func fitConstant(s Series, spec Spec) (*Model, error) {
	sp := Spec{Error: spec.Error}
	p := Params{Alpha: upperSmooth, Phi: 1, Level: s.Values[0]}
	return finishETS(s, sp, p, 1)
}

// finishETS runs the final filter and fills the model's statistics; nFree is
// the number of estimated smoothing parameters.
func finishETS(s Series, spec Spec, p Params, nFree int) (*Model, error) {
	m := s.freq()
	y := s.Values
	n := len(y)
	fitted := make([]float64, n)
	errs := make([]float64, n)
	st := initState(spec, &p, m, make([]float64, m))
	if st.s != nil {
		st.s = slices.Clone(st.s)
	}
	r := filter(spec, &p, m, y, &st, fitted, errs)
	if !r.ok {
		return nil, fmt.Errorf("%v: the states leave the positive region: %w", spec, ErrNoFit)
	}
	resid := make([]float64, n)
	for t := range y {
		resid[t] = y[t] - fitted[t]
	}
	np := nFree + spec.nStates(m)
	nll := neg2LogLik(r, n)
	k := float64(np + 1)
	nf := float64(n)
	mod := &Model{
		Spec:   spec,
		Params: p,
		LogLik: -0.5 * nll,
		AIC:    nll + 2*k,
		BIC:    nll + math.Log(nf)*k,
		fitted: fitted,
		resid:  resid,
		final:  st,
	}
	mod.AICc = mod.AIC + 2*k*(k+1)/(nf-k-1)
	if nf-k-1 <= 0 {
		mod.AICc = math.Inf(1)
	}
	if n > np {
		mod.Sigma2 = r.sse / float64(n-np)
	} else {
		mod.Sigma2 = r.sse / nf
	}
	return mod, nil
}

// autoSpecs lists the candidates of R's ets(model = "ZZZ") in its loop order
// (error A, M; trend N, A; season N, A, M; damped TRUE before FALSE), with
// the restrictions of restrict = TRUE: additive errors never meet a
// multiplicative season.
func autoSpecs(m int, mult bool) []Spec {
	var out []Spec
	errs := []Component{Additive}
	if mult {
		errs = append(errs, Multiplicative)
	}
	seasons := []Component{None}
	if m > 1 {
		seasons = []Component{None, Additive}
		if mult {
			seasons = append(seasons, Multiplicative)
		}
	}
	for _, e := range errs {
		for _, t := range []Component{None, Additive} {
			for _, se := range seasons {
				for _, d := range []bool{true, false} {
					if d && t == None {
						continue
					}
					if e == Additive && se == Multiplicative {
						continue
					}
					out = append(out, Spec{Error: e, Trend: t, Damped: d, Season: se})
				}
			}
		}
	}
	return out
}

// fitAuto fits every admissible candidate and keeps the lowest AICc (the
// first on ties, as R's strict comparison does).
func fitAuto(s Series, opt Options) (*Model, error) {
	y := s.Values
	m := s.freq()
	mult := positive(y) && !opt.AdditiveOnly
	if len(y) > 0 && isConstant(y) {
		return fitConstant(s, Spec{Error: Additive})
	}
	var best *Model
	var cands []Candidate
	var firstErr error
	for _, sp := range autoSpecs(m, mult) {
		if len(y) < sp.minLen(m) {
			if firstErr == nil {
				firstErr = &TooShortError{Method: "Auto (" + sp.String() + ")", Min: sp.minLen(m), Got: len(y)}
			}
			continue
		}
		mod, err := fitETS(s, sp, opt)
		if err != nil {
			continue
		}
		cands = append(cands, Candidate{Spec: sp, AICc: mod.AICc})
		if best == nil || mod.AICc < best.AICc {
			best = mod
		}
	}
	if best == nil {
		if firstErr != nil {
			return nil, firstErr
		}
		return nil, fmt.Errorf("Auto: %w", ErrNoFit)
	}
	best.Candidates = cands
	return best, nil
}

func asTooShort(err error, target **TooShortError) bool { return errors.As(err, target) }
