package commissioning

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/needs/forecast"
)

// Assessment is the artefact of the Analyse stage: the population of each
// locality and its projection, projected cases of each condition,
// forecasts of activity with prediction intervals, demand against capacity
// with the gap by locality and year, and the map of current spend by care
// group, locality and stream. Years are mid-years (mid-year Y opens
// financial year Y/Y+1). Rows are ordered by area (localities in the
// inputs' order, then the partnership) and year.
type Assessment struct {
	// Years are the mid-years assessed: the period's, then the horizon.
	Years []int `json:"years"`
	// Localities are the codes of the localities the assessment covers.
	Localities []string          `json:"localities"`
	Population []PopulationRow   `json:"population"`
	Cases      []CasesRow        `json:"cases,omitempty"`
	Forecasts  []ForecastSeries  `json:"forecasts,omitempty"`
	Demand     []DemandRow       `json:"demand,omitempty"`
	Spend      SpendMap          `json:"spend"`
	Carried    []Finding         `json:"carried,omitempty"`
	Notes      []AssessmentNote  `json:"notes,omitempty"`
	Rates      []RatesProvenance `json:"rates,omitempty"`
}

// PopulationRow is an area's population at one mid-year: everyone, and
// those aged 65 and over and 75 and over.
type PopulationRow struct {
	Area   string  `json:"area"`
	Year   int     `json:"year"`
	Total  float64 `json:"total"`
	Aged65 float64 `json:"aged65"`
	Aged75 float64 `json:"aged75"`
}

// CasesRow is the projected number of people with a condition (or units
// of activity) in an area and mid-year, and its growth since the first
// year assessed (0.2 is +20%).
type CasesRow struct {
	Condition string  `json:"condition"`
	Area      string  `json:"area"`
	Year      int     `json:"year"`
	Cases     float64 `json:"cases"`
	Growth    float64 `json:"growth"`
}

// RatesProvenance says where a condition's rates come from.
type RatesProvenance struct {
	Condition string `json:"condition"`
	Source    string `json:"source"`
	Note      string `json:"note,omitempty"`
}

// ForecastSeries is the forecast of one activity series: the model
// chosen and, for each mid-year after the history to the end of the
// period, the point forecast and its prediction interval.
type ForecastSeries struct {
	ID     string          `json:"id"`
	Area   string          `json:"area"`
	Model  string          `json:"model"`
	Level  float64         `json:"level"`
	Points []ForecastPoint `json:"points"`
}

// ForecastPoint is one year of a [ForecastSeries].
type ForecastPoint struct {
	Year  int     `json:"year"`
	Mean  float64 `json:"mean"`
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
}

// DemandRow is a service's demand against capacity in a locality and
// mid-year; Gap = Demand − Capacity (positive is unmet demand) and
// Utilisation = Demand / Capacity (0 when there is no capacity).
type DemandRow struct {
	Service     string  `json:"service"`
	Area        string  `json:"area"`
	Year        int     `json:"year"`
	Demand      float64 `json:"demand"`
	Capacity    float64 `json:"capacity"`
	Gap         float64 `json:"gap"`
	Utilisation float64 `json:"utilisation"`
}

// SpendMap is current spend: each financial plan line's recurring budget
// in the base year (the year before the plan), summed by care group,
// locality ("" is partnership-wide) and funding stream ("" is the pooled
// budget). Every roll-up adds up exactly to Total.
type SpendMap struct {
	Year        investment.FinancialYear `json:"year"`
	Cells       []SpendCell              `json:"cells"`
	ByCareGroup []KeyAmount              `json:"byCareGroup"`
	ByLocality  []KeyAmount              `json:"byLocality"`
	ByStream    []KeyAmount              `json:"byStream"`
	Total       investment.Money         `json:"total"`
}

// SpendCell is current spend of one care group in one locality from one
// stream.
type SpendCell struct {
	CareGroup investment.CareGroup `json:"careGroup"`
	Locality  string               `json:"locality,omitempty"`
	Stream    string               `json:"stream,omitempty"`
	Amount    investment.Money     `json:"amount"`
}

// KeyAmount is an amount of money under a key.
type KeyAmount struct {
	Key    string           `json:"key"`
	Amount investment.Money `json:"amount"`
}

// AssessmentNote is something Analyse noticed that the plan should answer,
// such as a locality whose demand outruns capacity.
type AssessmentNote struct {
	Area string `json:"area"`
	Text string `json:"text"`
}

// Analyse runs the Analyse stage on the inputs. It needs a population
// holding every locality in every mid-year of the period and the horizon,
// and a financial plan (for the spend map); errors are [*FieldError]s
// naming the input at fault and wrapping the leaf package's error.
func (in *Inputs) Analyse(ctx context.Context) (*Assessment, error) {
	if in.Population == nil {
		return nil, &FieldError{Field: "population", Err: ErrNoPopulation}
	}
	if in.Finance == nil {
		return nil, &FieldError{Field: "finance", Err: ErrNoFinance}
	}
	a := &Assessment{Years: in.analyseYears(), Localities: in.localityCodes(), Carried: slices.Clone(in.Carried)}
	steps := []func(*Assessment) error{in.populationRows, in.cases, in.demand}
	for _, step := range steps {
		if err := step(a); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := in.forecasts(a); err != nil {
		return nil, err
	}
	a.Spend = spendMap(in.Finance)
	return a, nil
}

// analyseYears returns the mid-years of the period, then the horizon.
func (in *Inputs) analyseYears() []int {
	var ys []int
	for y := range in.Period.All() {
		ys = append(ys, int(y))
	}
	if in.Horizon > int(in.Period.Last) {
		ys = append(ys, in.Horizon)
	}
	return ys
}

// areas returns the localities' codes, and the partnership's when the
// population holds it.
func (in *Inputs) areas() []string {
	codes := in.localityCodes()
	if in.Partnership.Code != "" && len(in.Population.Years(in.Partnership.Code)) > 0 {
		codes = append(codes, in.Partnership.Code)
	}
	return codes
}

func (in *Inputs) populationRows(a *Assessment) error {
	for _, code := range in.areas() {
		for _, y := range a.Years {
			row := PopulationRow{Area: code, Year: y}
			var err error
			if row.Total, err = in.Population.Total(code, y, needs.All); err != nil {
				return &FieldError{Field: "population", Err: err}
			}
			if row.Aged65, err = in.Population.Count(code, y, needs.All, needs.Band{Lo: 65, Hi: needs.Open}); err != nil {
				return &FieldError{Field: "population", Err: err}
			}
			if row.Aged75, err = in.Population.Count(code, y, needs.All, needs.Band{Lo: 75, Hi: needs.Open}); err != nil {
				return &FieldError{Field: "population", Err: err}
			}
			a.Population = append(a.Population, row)
		}
	}
	return nil
}

func (in *Inputs) cases(a *Assessment) error {
	if len(in.Conditions) == 0 {
		return nil
	}
	codes := in.areas()
	proj, err := needs.Project(in.Population, in.Conditions, codes, a.Years)
	if err != nil {
		return &FieldError{Field: "conditions", Err: err}
	}
	for i, r := range in.Conditions {
		cond := r.Condition()
		a.Rates = append(a.Rates, RatesProvenance{Condition: cond, Source: r.Provenance().Source, Note: r.Provenance().Note})
		for _, code := range codes {
			for _, y := range a.Years {
				n, err := proj.Total(cond, code, y, needs.All)
				if err != nil {
					return &FieldError{Field: "conditions[" + strconv.Itoa(i+1) + "]", Err: err}
				}
				g, err := proj.Growth(cond, code, a.Years[0], y)
				if err != nil {
					return &FieldError{Field: "conditions[" + strconv.Itoa(i+1) + "]", Err: err}
				}
				a.Cases = append(a.Cases, CasesRow{Condition: cond, Area: code, Year: y, Cases: n, Growth: g})
			}
		}
	}
	return nil
}

func (in *Inputs) demand(a *Assessment) error {
	codes := in.localityCodes()
	for i, s := range in.Services {
		field := "services[" + strconv.Itoa(i+1) + "]"
		if s.ID == "" {
			return &FieldError{Field: field + ".id", Err: ErrEmptyID}
		}
		m := needs.DemandModel{Rates: s.Rates, Trend: s.Trend, BaseYear: s.BaseYear}
		d, err := m.Demand(in.Population, codes, a.Years)
		if err != nil {
			return &FieldError{Field: field + ".rates", Err: err}
		}
		capacity, err := expandCapacity(s.Capacity, codes, a.Years)
		if err != nil {
			return &FieldError{Field: field + ".capacity", Err: err}
		}
		rows, err := needs.Gap(d, capacity)
		if err != nil {
			return &FieldError{Field: field + ".capacity", Err: err}
		}
		order := make(map[string]int, len(codes))
		for k, c := range codes {
			order[c] = k
		}
		slices.SortStableFunc(rows, func(x, y needs.GapRow) int {
			return cmp.Or(cmp.Compare(order[x.Area], order[y.Area]), cmp.Compare(x.Year, y.Year))
		})
		for _, g := range rows {
			u, _ := g.Utilisation()
			a.Demand = append(a.Demand, DemandRow{Service: s.ID, Area: g.Area, Year: g.Year,
				Demand: g.Demand, Capacity: g.Capacity, Gap: g.Gap, Utilisation: u})
		}
		a.Notes = append(a.Notes, demandNotes(s, rows)...)
	}
	return nil
}

// demandNotes notes each locality whose demand for s exceeds capacity in
// the last year assessed.
func demandNotes(s Service, rows []needs.GapRow) []AssessmentNote {
	last := 0
	for _, g := range rows {
		last = max(last, g.Year)
	}
	var out []AssessmentNote
	for _, g := range rows {
		if g.Year == last && g.Gap > 0 {
			out = append(out, AssessmentNote{Area: g.Area,
				Text: fmt.Sprintf("%s: demand exceeds capacity by %.0f %s in %d", s.ID, g.Gap, s.Unit, g.Year)})
		}
	}
	return out
}

// expandCapacity gives every locality and year its capacity, a level with
// Year 0 standing for every year.
func expandCapacity(levels []needs.Level, codes []string, years []int) ([]needs.Level, error) {
	var out []needs.Level
	for _, l := range levels {
		if !slices.Contains(codes, l.Area) {
			return nil, fmt.Errorf("%q: %w", l.Area, ErrUnknownLocality)
		}
		if l.Year != 0 {
			if slices.Contains(years, l.Year) {
				out = append(out, l)
			}
			continue
		}
		for _, y := range years {
			out = append(out, needs.Level{Area: l.Area, Year: y, Value: l.Value})
		}
	}
	return out, nil
}

func (in *Inputs) forecasts(a *Assessment) error {
	for i, h := range in.History {
		field := "history[" + strconv.Itoa(i+1) + "]"
		method := forecast.Auto
		if h.Method != "" {
			var err error
			if method, err = forecast.ParseMethod(h.Method); err != nil {
				return &FieldError{Field: field + ".method", Err: err}
			}
		}
		level := h.Level
		if level == 0 {
			level = 95
		}
		m, err := forecast.Fit(forecast.Series{Start: h.Start, Frequency: forecast.Yearly, Values: h.Values}, method, &forecast.Options{Seed: h.Seed})
		if err != nil {
			return &FieldError{Field: field, Err: err}
		}
		next := h.Start + len(h.Values)
		steps := max(1, int(in.Period.Last)-next+1)
		fc, err := m.Forecast(steps, level)
		if err != nil {
			return &FieldError{Field: field, Err: err}
		}
		fs := ForecastSeries{ID: h.ID, Area: h.Area, Model: m.Name(), Level: level}
		for k, v := range fc.Mean {
			fs.Points = append(fs.Points, ForecastPoint{Year: next + k, Mean: v,
				Lower: fc.Intervals[0].Lower[k], Upper: fc.Intervals[0].Upper[k]})
		}
		a.Forecasts = append(a.Forecasts, fs)
	}
	return nil
}

// spendMap maps the financial plan's base-year budgets.
func spendMap(p *investment.FinancialPlan) SpendMap {
	m := SpendMap{Year: p.BaseYear()}
	type key struct {
		g         investment.CareGroup
		loc, strm string
	}
	idx := map[key]int{}
	add := func(list []KeyAmount, k string, v investment.Money) []KeyAmount {
		for i := range list {
			if list[i].Key == k {
				list[i].Amount = list[i].Amount.Add(v)
				return list
			}
		}
		return append(list, KeyAmount{Key: k, Amount: v})
	}
	for _, l := range p.Lines {
		k := key{l.CareGroup, l.Locality, l.Stream}
		i, ok := idx[k]
		if !ok {
			i = len(m.Cells)
			idx[k] = i
			m.Cells = append(m.Cells, SpendCell{CareGroup: l.CareGroup, Locality: l.Locality, Stream: l.Stream})
		}
		m.Cells[i].Amount = m.Cells[i].Amount.Add(l.Base)
		m.ByCareGroup = add(m.ByCareGroup, l.CareGroup.String(), l.Base)
		m.ByLocality = add(m.ByLocality, l.Locality, l.Base)
		m.ByStream = add(m.ByStream, l.Stream, l.Base)
		m.Total = m.Total.Add(l.Base)
	}
	return m
}

// missing returns the localities of codes the assessment leaves out:
// those without a population row for every year assessed, or, for a
// service assessed anywhere, without its demand in every year.
func (a *Assessment) missing(codes []string) []string {
	var services []string
	for _, d := range a.Demand {
		if !slices.Contains(services, d.Service) {
			services = append(services, d.Service)
		}
	}
	var out []string
	for _, c := range codes {
		pop, demand := 0, 0
		for _, r := range a.Population {
			if r.Area == c {
				pop++
			}
		}
		for _, d := range a.Demand {
			if d.Area == c {
				demand++
			}
		}
		if len(a.Years) == 0 || pop < len(a.Years) || demand < len(services)*len(a.Years) {
			out = append(out, c)
		}
	}
	return out
}

// PopulationOf returns the population row of an area and mid-year.
func (a *Assessment) PopulationOf(area string, year int) (PopulationRow, bool) {
	return find(a.Population, func(r PopulationRow) bool { return r.Area == area && r.Year == year })
}

// CasesOf returns the projected cases of a condition in an area and mid-year.
func (a *Assessment) CasesOf(condition, area string, year int) (CasesRow, bool) {
	return find(a.Cases, func(r CasesRow) bool { return r.Condition == condition && r.Area == area && r.Year == year })
}

// DemandOf returns a service's demand row in an area and mid-year.
func (a *Assessment) DemandOf(service, area string, year int) (DemandRow, bool) {
	return find(a.Demand, func(r DemandRow) bool { return r.Service == service && r.Area == area && r.Year == year })
}
