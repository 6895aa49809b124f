package southlanarkshire

import (
	"fmt"

	"github.com/opencommissioning/scp/needs"
)

const illustrative = "Illustrative: not verified against the published table for this library; " +
	"do not use for planning without checking the source."

// DementiaFineBands returns dementia prevalence by sex for 65-69 … 85-89,
// 90-94 and 95+. The age–sex profile is that commonly cited from the EuroCoDe
// consensus rates (Alzheimer Europe, 2009), which Alzheimer Scotland and
// Scottish partnerships use; the figures here are illustrative, as the
// provenance says. Early-onset dementia (under 65) is left out.
func DementiaFineBands() needs.Rates {
	return needs.MustRates(needs.RatesSpec{
		Condition: "dementia",
		Kind:      needs.Prevalence,
		Bands:     []needs.Band{{Lo: 65, Hi: 69}, {Lo: 70, Hi: 74}, {Lo: 75, Hi: 79}, {Lo: 80, Hi: 84}, {Lo: 85, Hi: 89}, {Lo: 90, Hi: 94}, {Lo: 95, Hi: needs.Open}},
		Female:    []float64{0.014, 0.038, 0.076, 0.164, 0.285, 0.444, 0.488},
		Male:      []float64{0.018, 0.032, 0.070, 0.145, 0.209, 0.292, 0.324},
		Provenance: needs.Provenance{
			Source: "EuroCoDe (European Collaboration on Dementia), Alzheimer Europe",
			Year:   2009,
			Note:   illustrative,
		},
	})
}

// Dementia returns [DementiaFineBands] with 90-94 and 95+ merged into the 90+
// of the population by the POPPI rule ([needs.Rates.Collapse]), weighted by
// the constructed 2018 partnership population aged 90-94 and 95+ of each sex.
func Dementia() needs.Rates {
	f9094, f95, m9094, m95 := oldestSplit(FirstYear)
	r, err := DementiaFineBands().Collapse(needs.Band{Lo: 90, Hi: needs.Open}, []float64{f9094, f95}, []float64{m9094, m95})
	if err != nil {
		panic(fmt.Sprintf("southlanarkshire.Dementia: %v", err)) // constant data: cannot happen
	}
	return r
}

// EmergencyAdmissions returns illustrative emergency admission rates
// (admissions per person per year) by age band and sex, constructed to rise
// with age in the manner of Scottish hospital activity data.
func EmergencyAdmissions() needs.Rates {
	return needs.MustRates(needs.RatesSpec{
		Condition: "emergency admissions",
		Kind:      needs.Activity,
		Unit:      "admissions per person per year",
		Bands:     []needs.Band{{Lo: 0, Hi: 17}, {Lo: 18, Hi: 44}, {Lo: 45, Hi: 64}, {Lo: 65, Hi: 74}, {Lo: 75, Hi: 84}, {Lo: 85, Hi: needs.Open}},
		Female:    []float64{0.050, 0.070, 0.090, 0.180, 0.330, 0.550},
		Male:      []float64{0.055, 0.050, 0.090, 0.200, 0.370, 0.600},
		Provenance: needs.Provenance{
			Source: "constructed for the worked example",
			Note:   "Illustrative and constructed: not from a published source.",
		},
	})
}

// HomeCareHours returns illustrative home-care hours per person per week for
// people aged 65 and over, by band and sex (constructed).
func HomeCareHours() needs.Rates {
	return needs.MustRates(needs.RatesSpec{
		Condition: "home care hours",
		Kind:      needs.Activity,
		Unit:      "hours per person per week",
		Bands:     []needs.Band{{Lo: 65, Hi: 74}, {Lo: 75, Hi: 84}, {Lo: 85, Hi: needs.Open}},
		Female:    []float64{0.08, 0.45, 1.90},
		Male:      []float64{0.06, 0.35, 1.50},
		Provenance: needs.Provenance{
			Source: "constructed for the worked example",
			Note:   "Illustrative and constructed: not from a published source.",
		},
	})
}
