package southlanarkshire

import (
	"strings"
	"testing"

	"github.com/opencommissioning/scp/needs"
)

// The partnership totals reproduce the published National Records of
// Scotland mid-year estimates (NRS, Mid-year population estimates,
// South Lanarkshire council area) exactly.
func TestPublicTotalsNRS(t *testing.T) {
	p, err := Population()
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]float64{2018: 319020, 2019: 320530, 2021: 322630, 2022: 327430}
	for y, w := range want {
		got, err := p.Total(PartnershipCode, y, needs.All)
		if err != nil || got != w {
			t.Errorf("total %d = %v, %v, want %v", y, got, err, w)
		}
		if pt, ok := PublicTotal(y); !ok || float64(pt) != w {
			t.Errorf("PublicTotal(%d) = %d, %v", y, pt, ok)
		}
	}
	if _, ok := PublicTotal(2030); ok {
		t.Errorf("2030 should not be public")
	}
	if got := PublicYears(); len(got) != 4 || got[0] != 2018 || got[3] != 2022 {
		t.Errorf("PublicYears = %v", got)
	}
}

func TestLocalitiesSumToPartnership(t *testing.T) {
	p, err := Population()
	if err != nil {
		t.Fatal(err)
	}
	locs := Localities()
	names := []string{"Clydesdale", "East Kilbride", "Hamilton", "Rutherglen/Cambuslang"}
	if len(locs) != 4 {
		t.Fatalf("Localities = %v", locs)
	}
	for i, l := range locs {
		if l.Name != names[i] || !strings.HasPrefix(l.Code, PartnershipCode+"-") || p.Name(l.Code) != l.Name {
			t.Errorf("locality %d = %+v (name in data %q)", i, l, p.Name(l.Code))
		}
	}
	if p.Name(PartnershipCode) != PartnershipName {
		t.Errorf("partnership name %q", p.Name(PartnershipCode))
	}
	years := p.Years(PartnershipCode)
	if len(years) != LastYear-FirstYear+1 || years[0] != FirstYear || years[len(years)-1] != LastYear {
		t.Errorf("years %v", years)
	}
	for _, y := range years {
		for _, sex := range []needs.Sex{needs.Female, needs.Male, needs.All} {
			for _, b := range needs.FiveYearBands(0, 90) {
				whole, _ := p.Count(PartnershipCode, y, sex, b)
				var sum float64
				for _, l := range locs {
					c, err := p.Count(l.Code, y, sex, b)
					if err != nil {
						t.Fatal(err)
					}
					if c != float64(int64(c)) {
						t.Fatalf("%s %d %v %v: %v is not whole", l.Code, y, sex, b, c)
					}
					sum += c
				}
				if sum != whole {
					t.Errorf("%d %v %v: localities %v, partnership %v", y, sex, b, sum, whole)
				}
			}
		}
	}
}

// The construction is plausible: about a fifth aged 65+ in 2018, the share
// rising over the plan, Clydesdale the oldest locality.
func TestConstructionShape(t *testing.T) {
	p, _ := Population()
	share := func(area string, y int) float64 {
		old, _ := p.Count(area, y, needs.All, needs.Band{Lo: 65, Hi: needs.Open})
		all, _ := p.Total(area, y, needs.All)
		return old / all
	}
	if s := share(PartnershipCode, 2018); s < 0.17 || s > 0.22 {
		t.Errorf("65+ share 2018 = %.3f", s)
	}
	if share(PartnershipCode, 2030) <= share(PartnershipCode, 2022) {
		t.Errorf("65+ share does not rise")
	}
	for _, l := range Localities()[1:] {
		if share(l.Code, 2022) >= share(Localities()[0].Code, 2022) {
			t.Errorf("%s older than Clydesdale", l.Name)
		}
	}
}

func TestRates(t *testing.T) {
	fine := DementiaFineBands()
	d := Dementia()
	if len(d.Bands()) != len(fine.Bands())-1 {
		t.Fatalf("Dementia bands %v", d.Bands())
	}
	for _, sex := range []needs.Sex{needs.Female, needs.Male} {
		r90, _ := fine.Rate(sex, needs.Band{Lo: 90, Hi: 94})
		r95, _ := fine.Rate(sex, needs.Band{Lo: 95, Hi: needs.Open})
		got, err := d.Rate(sex, needs.Band{Lo: 90, Hi: needs.Open})
		if err != nil || got <= r90 || got >= r95 {
			t.Errorf("%v 90+ = %v, %v, want between %v and %v", sex, got, err, r90, r95)
		}
	}
	for _, r := range []needs.Rates{d, EmergencyAdmissions(), HomeCareHours()} {
		pv := r.Provenance()
		if pv.Source == "" || !(strings.Contains(pv.Note, "llustrative") || strings.Contains(pv.Note, "onstructed")) {
			t.Errorf("%s provenance %+v does not label the rates", r.Condition(), pv)
		}
	}
	p, _ := Population()
	pr, err := needs.Project(p, []needs.Rates{d, EmergencyAdmissions(), HomeCareHours()}, nil, []int{2022, 2025, 2030})
	if err != nil {
		t.Fatal(err)
	}
	g, err := pr.Growth("dementia", PartnershipCode, 2022, 2030)
	if err != nil || g <= 0 {
		t.Errorf("dementia growth 2022–2030 = %v, %v", g, err)
	}
}

func TestPopulationCSVCopy(t *testing.T) {
	b := PopulationCSV()
	b[0] = 'X'
	if PopulationCSV()[0] != '_' {
		t.Errorf("PopulationCSV hands out the embedded bytes")
	}
}
