package report

import (
	"strings"
	"testing"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/outcomes"
)

// TestAnnualTables builds the tables of the annual performance report by
// hand: six years of indicators with blanks where no data exist, outturn of
// the lines reported with their total, and spend by locality.
func TestAnnualTables(t *testing.T) {
	gbp := investment.MustGBP
	perf, err := Performance([]commissioning.IndicatorSeries{
		{Indicator: "NI-12", Points: []outcomes.Point{{Year: 2016, Value: 1}, {Year: 2018, Value: 14710}, {Year: 2022, Value: 14042.5}}},
	}, 2022)
	if err != nil {
		t.Fatal(err)
	}
	if len(perf.Columns) != 6 || perf.Columns[0].Heading != "2017/18" || perf.Columns[5].Heading != "2022/23" {
		t.Fatalf("performance columns %+v", perf.Columns)
	}
	row := perf.Rows[0]
	if !strings.HasPrefix(row.Label, "NI-12 Emergency admission rate") || !row.Cells[0].Blank || row.Cells[1].Number != 14710 || row.Cells[5].Number != 14042.5 {
		t.Errorf("performance row %+v: want the core title, 2017/18 blank (2016/17 is outside), 2018/19 and 2022/23 filled", row)
	}
	rv := &commissioning.Review{Year: 2022, Spend: []commissioning.LineVariance{
		{Line: "a", Year: 2022, Budget: gbp("100.10"), Actual: gbp("90.05"), Variance: gbp("-10.05"), HasActual: true},
		{Line: "b", Year: 2022, Budget: gbp("50"), Actual: gbp("60.20"), Variance: gbp("10.20"), HasActual: true},
		{Line: "c", Year: 2022, Budget: gbp("7")},
		{Line: "a", Year: 2021, Budget: gbp("1"), Actual: gbp("1"), HasActual: true},
	}}
	out, err := Outturn(rv, map[string]string{"a": "Care at home"}, investment.Penny)
	if err != nil {
		t.Fatal(err)
	}
	total := out.Rows[len(out.Rows)-1]
	if len(out.Rows) != 3 || out.Rows[0].Label != "Care at home" || out.Rows[1].Label != "b" ||
		!total.Cells[0].Money.Equal(gbp("150.10")) || !total.Cells[1].Money.Equal(gbp("150.25")) || !total.Cells[2].Money.Equal(gbp("0.15")) {
		t.Errorf("outturn rows %+v", out.Rows)
	}
	if len(out.Notes) != 1 || !strings.Contains(out.Notes[0], "1 further line has no outturn") {
		t.Errorf("outturn notes %q", out.Notes)
	}
	loc, err := LocalityOutturn([]commissioning.LocalitySpend{
		{Locality: "L1", Budget: gbp("10"), Actual: gbp("9")}, {Budget: gbp("5"), Actual: gbp("5.50")},
	}, map[string]string{"L1": "Clydesdale"}, investment.Penny)
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{loc.Rows[0].Label, loc.Rows[1].Label, loc.Rows[2].Label}; got[0] != "Clydesdale" || got[1] != "Partnership-wide" || got[2] != "Total" ||
		!loc.Rows[2].Cells[1].Money.Equal(gbp("14.50")) {
		t.Errorf("locality rows %+v", loc.Rows)
	}
}
