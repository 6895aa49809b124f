package outcomes

import "slices"

// Outcome is an outcome that a partnership works towards: one of the nine
// National Health and Wellbeing Outcomes or a local outcome of its own.
// The zero Outcome has no id and is not valid in a [Framework].
type Outcome struct {
	ID    string `json:"id"`    // unique within a framework, such as "NO-2"
	Title string `json:"title"` // the outcome as published
}

// Basis says how an indicator is collected.
type Basis int8

// The bases of the core integration indicators.
const (
	// Unspecified is the zero Basis, for local indicators that do not say.
	Unspecified Basis = iota
	// Survey marks a percentage of respondents to the Health and Care
	// Experience Survey (NI-1 to NI-10).
	Survey
	// Data marks an indicator computed from administrative data (NI-11 to NI-23).
	Data
)

// Indicator is a measurable quantity that shows progress towards outcomes:
// one of the Core Suite of Integration Indicators, a Ministerial Strategic
// Group indicator or a local one. Direction and Scale are required.
type Indicator struct {
	ID          string    `json:"id"`                    // unique within a framework, such as "NI-12"
	Title       string    `json:"title"`                 // what is measured
	Scale       Scale     `json:"scale,omitempty"`       // the unit and base of the published value; omitted when unset
	Direction   Direction `json:"direction,omitempty"`   // which way is better; omitted when unset
	Basis       Basis     `json:"basis,omitempty"`       // survey or administrative data
	NotReported bool      `json:"notReported,omitempty"` // true for indicators defined but not currently published
}

// nationalOutcomes are the nine National Health and Wellbeing Outcomes, in
// order: nationalOutcomes[n-1] has id "NO-n".
var nationalOutcomes = [...]Outcome{
	{"NO-1", "People are able to look after and improve their own health and wellbeing and live in good health for longer."},
	{"NO-2", "People, including those with disabilities or long term conditions, or who are frail, are able to live, as far as reasonably practicable, independently and at home or in a homely setting in their community."},
	{"NO-3", "People who use health and social care services have positive experiences of those services, and have their dignity respected."},
	{"NO-4", "Health and social care services are centred on helping to maintain or improve the quality of life of people who use those services."},
	{"NO-5", "Health and social care services contribute to reducing health inequalities."},
	{"NO-6", "People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and well-being."},
	{"NO-7", "People who use health and social care services are safe from harm."},
	{"NO-8", "People who work in health and social care services feel engaged with the work they do and are supported to continuously improve the information, support, care and treatment they provide."},
	{"NO-9", "Resources are used effectively and efficiently in the provision of health and social care services."},
}

// NationalOutcomes returns the nine National Health and Wellbeing Outcomes
// of the Public Bodies (Joint Working) (National Health and Wellbeing
// Outcomes) (Scotland) Regulations 2014 (SSI 2014/343), verbatim, with ids
// "NO-1" to "NO-9", in that order. Each call returns a new slice.
func NationalOutcomes() []Outcome { return slices.Clone(nationalOutcomes[:]) }

// NationalOutcome returns the National Health and Wellbeing Outcome whose
// id is id ("NO-1" to "NO-9", as [NationalOutcomes] has them), and whether
// there is one. Ids are matched exactly: "NO-01" and "no-1" are not ids.
func NationalOutcome(id string) (Outcome, bool) {
	for _, o := range nationalOutcomes {
		if o.ID == id {
			return o, true
		}
	}
	return Outcome{}, false
}

// CoreIndicators returns the Core Suite of Integration Indicators, NI-1 to
// NI-23 (Scottish Government and COSLA, 2015). NI-1 to NI-10 are
// percentages of survey respondents (higher is better); NI-11 to NI-23 come
// from administrative data. NI-10, NI-21, NI-22 and NI-23 are defined but not
// currently reported and are marked NotReported. NI-23, end-of-life
// expenditure per death, has no agreed better direction and is marked
// [Neither]. Each call returns a new slice.
func CoreIndicators() []Indicator {
	s := func(id, title string, notReported bool) Indicator {
		return Indicator{ID: id, Title: title, Scale: Percent, Direction: HigherIsBetter, Basis: Survey, NotReported: notReported}
	}
	d := func(id, title string, sc Scale, dir Direction, notReported bool) Indicator {
		return Indicator{ID: id, Title: title, Scale: sc, Direction: dir, Basis: Data, NotReported: notReported}
	}
	return []Indicator{
		s("NI-1", "Percentage of adults able to look after their health very well or quite well", false),
		s("NI-2", "Percentage of adults supported at home who agree that they are supported to live as independently as possible", false),
		s("NI-3", "Percentage of adults supported at home who agree that they had a say in how their help, care or support was provided", false),
		s("NI-4", "Percentage of adults supported at home who agree that their health and social care services seemed to be well co-ordinated", false),
		s("NI-5", "Percentage of adults receiving any care or support who rate it as excellent or good", false),
		s("NI-6", "Percentage of people with positive experience of the care provided by their GP practice", false),
		s("NI-7", "Percentage of adults supported at home who agree that their services and support had an impact on improving or maintaining their quality of life", false),
		s("NI-8", "Percentage of carers who feel supported to continue in their caring role", false),
		s("NI-9", "Percentage of adults supported at home who agree they felt safe", false),
		s("NI-10", "Percentage of staff who say they would recommend their workplace as a good place to work", true),
		d("NI-11", "Premature mortality rate for people aged under 75 (age-standardised)", Per100000, LowerIsBetter, false),
		d("NI-12", "Emergency admission rate (adults)", Per100000, LowerIsBetter, false),
		d("NI-13", "Emergency bed day rate (adults)", Per100000, LowerIsBetter, false),
		d("NI-14", "Readmission to hospital within 28 days of discharge", Per1000, LowerIsBetter, false),
		d("NI-15", "Proportion of last 6 months of life spent at home or in a community setting", Percent, HigherIsBetter, false),
		d("NI-16", "Falls rate per 1,000 population aged 65+", Per1000, LowerIsBetter, false),
		d("NI-17", "Proportion of care services graded 'good' (4) or better in Care Inspectorate inspections", Percent, HigherIsBetter, false),
		d("NI-18", "Percentage of adults with intensive care needs receiving care at home", Percent, HigherIsBetter, false),
		d("NI-19", "Number of days people spend in hospital when they are ready to be discharged, per 1,000 population aged 75+", Per1000, LowerIsBetter, false),
		d("NI-20", "Percentage of health and care resource spent on hospital stays where the patient was admitted in an emergency", Percent, LowerIsBetter, false),
		d("NI-21", "Percentage of people admitted to hospital from home during the year who are discharged to a care home", Percent, LowerIsBetter, true),
		d("NI-22", "Percentage of people who are discharged from hospital within 72 hours of being ready", Percent, HigherIsBetter, true),
		d("NI-23", "Expenditure on end of life care, cost in last 6 months per death", Pounds, Neither, true),
	}
}

// MSGIndicators returns the six indicators of the Ministerial Strategic
// Group for Health and Community Care, ids "MSG-1" to "MSG-6": four counts
// where lower is better and two percentages where higher is better. Each
// call returns a new slice.
func MSGIndicators() []Indicator {
	d := func(id, title string, sc Scale, dir Direction) Indicator {
		return Indicator{ID: id, Title: title, Scale: sc, Direction: dir, Basis: Data}
	}
	return []Indicator{
		d("MSG-1", "Number of emergency admissions", Count, LowerIsBetter),
		d("MSG-2", "Number of unscheduled hospital bed days", Count, LowerIsBetter),
		d("MSG-3", "Number of A&E attendances", Count, LowerIsBetter),
		d("MSG-4", "Number of delayed discharge bed days", Count, LowerIsBetter),
		d("MSG-5", "Percentage of last 6 months of life spent in the community", Percent, HigherIsBetter),
		d("MSG-6", "Balance of care: percentage of the population living at home, supported or unsupported", Percent, HigherIsBetter),
	}
}

// National returns a [Framework] named "National" that holds the nine
// National Health and Wellbeing Outcomes, the 23 core indicators and the six
// Ministerial Strategic Group indicators, and no priorities. Each call
// builds a new Framework.
func National() *Framework {
	f, err := NewFramework("National", NationalOutcomes(), append(CoreIndicators(), MSGIndicators()...), nil)
	if err != nil { // the national data is constant; a failure is a bug in this file
		panic("outcomes.National: " + err.Error())
	}
	return f
}
