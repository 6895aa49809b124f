package investment_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/investment"
)

func TestPlanJSONRoundTrip(t *testing.T) {
	for name, p := range map[string]*investment.FinancialPlan{"worked": workedPlan(), "rich": richPlan()} {
		t.Run(name, func(t *testing.T) {
			data, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			var back investment.FinancialPlan
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("Unmarshal: %v\n%s", err, data)
			}
			if diff := cmp.Diff(p, &back); diff != "" {
				t.Errorf("plan after a JSON round trip (-want +got):\n%s", diff)
			}
			want, err := p.Budget()
			if err != nil {
				t.Fatal(err)
			}
			got, err := back.Budget()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("budget of the round-tripped plan (-want +got):\n%s", diff)
			}

			data, err = json.Marshal(want)
			if err != nil {
				t.Fatal(err)
			}
			var bb investment.Budget
			if err := json.Unmarshal(data, &bb); err != nil {
				t.Fatalf("Unmarshal budget: %v", err)
			}
			if diff := cmp.Diff(want, &bb); diff != "" {
				t.Errorf("budget after a JSON round trip (-want +got):\n%s", diff)
			}
			// The representation is exact: re-encoding gives the same bytes.
			again, err := json.Marshal(&bb)
			if err != nil {
				t.Fatal(err)
			}
			if string(again) != string(data) {
				t.Error("budget JSON changed on a second round trip")
			}
		})
	}
}

// TestPlanJSONForm pins the JSON form: money and rates are strings, years
// are "2022/23", money over years is an object by year, kinds are keys.
func TestPlanJSONForm(t *testing.T) {
	p := &investment.FinancialPlan{
		Years:   investment.NewYears(2022, 1),
		Streams: []investment.Stream{{ID: "c", Kind: investment.Council, Amounts: yearly(2022, "1000.5")}},
		Lines:   []investment.Line{{ID: "l", CareGroup: investment.OlderPeople, Base: gbp("1000.5"), Mix: investment.Only(investment.Pay)}},
		Uplifts: rates(investment.Pay, 2022, "0.03"),
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"years":{"first":"2022/23","last":"2022/23"},` +
		`"streams":[{"id":"c","kind":"council","amounts":{"2022/23":"1000.50"}}],` +
		`"lines":[{"id":"l","careGroup":"older-people","base":"1000.50","mix":{"pay":"1"}}],` +
		`"uplifts":[{"kind":"pay","year":"2022/23","rate":"0.03"}]}`
	if string(data) != want {
		t.Errorf("json.Marshal(plan) =\n%s\nwant\n%s", data, want)
	}
	b, err := p.Budget()
	if err != nil {
		t.Fatal(err)
	}
	data, err = json.Marshal(b.Totals[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{`"year":"2022/23"`, `"netExpenditure":"1030.52"`, `"uplift":"30.02"`, `"gap":"30.02"`} {
		if !strings.Contains(string(data), part) {
			t.Errorf("year totals JSON %s lacks %s", data, part)
		}
	}
	data, err = json.Marshal(b.Total)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"year"`) {
		t.Errorf("plan total JSON %s names a year", data)
	}
}

func TestPlanJSONRejects(t *testing.T) {
	tests := []struct {
		name string
		json string
		want error
		path string
	}{
		{"unknown care group", `{"lines":[{"id":"l","careGroup":"dentistry"}]}`, investment.ErrUnknownKind, "lines[1].careGroup"},
		{"unknown stream kind", `{"streams":[{"id":"a"},{"id":"s","kind":"lottery"}]}`, investment.ErrUnknownKind, "streams[2].kind"},
		{"unknown uplift kind in mix", `{"lines":[{"id":"l","mix":{"energy":"1"}}]}`, investment.ErrUnknownKind, "lines[1].mix[energy]"},
		{"bad year", `{"streams":[{"id":"a"},{"id":"s","amounts":{"2022/24":"1"}}]}`, investment.ErrSyntax, "streams[2].amounts[2022/24]"},
		{"bad money in a flow", `{"streams":[{"id":"s"},{"id":"t","amounts":{"2023/24":"1","2024/25":"x"}}]}`, investment.ErrSyntax, "streams[2].amounts[2024/25]"},
		{"bad first year", `{"reserves":[{"id":"r","drawdown":{"first":"2022/24","amounts":["1"]}}]}`, investment.ErrSyntax, "reserves[1].drawdown.first"},
		{"bad money by offset", `{"reserves":[{"id":"r","drawdown":{"first":"2022/23","amounts":["1","x"]}}]}`, investment.ErrSyntax, "reserves[1].drawdown.amounts[2]"},
		{"bad money", `{"lines":[{"id":"l","base":"1.2.3"}]}`, investment.ErrSyntax, "lines[1].base"},
		{"money too large", `{"lines":[{"id":"l","base":1e999999}]}`, investment.ErrRange, "lines[1].base"},
		{"bad rate", `{"uplifts":[{"kind":"pay","year":"2022/23","rate":"3%%"}]}`, investment.ErrSyntax, "uplifts[1].rate"},
		{"percentage as a whole number", `{"uplifts":[{"kind":"pay","year":"2022/23","rate":3}]}`, investment.ErrRateTooHigh, "uplifts[1].rate"},
		{"rate of -100%", `{"uplifts":[{"kind":"pay","year":"2022/23","rate":"-100%"}]}`, investment.ErrRate, "uplifts[1].rate"},
		{"rate as a word", `{"uplifts":[{"kind":"pay","rate":true}]}`, investment.ErrSyntax, "uplifts[1].rate"},
		{"bad share", `{"lines":[{"id":"l"},{"id":"m","mix":{"pay":"0.7","non-pay":"x"}}]}`, investment.ErrSyntax, "lines[2].mix[non-pay]"},
		{"misspelt field", `{"lines":[{"id":"l","careGruop":"older-people"}]}`, investment.ErrUnknownField, "lines[1].careGruop"},
		{"snake-case field", `{"savings":[{"id":"s","one_off":true}]}`, investment.ErrUnknownField, "savings[1].one_off"},
		{"unknown field in an uplift", `{"uplifts":[{"kind":"pay","rates":"0.1"}]}`, investment.ErrUnknownField, "uplifts[1].rates"},
		{"unknown field in a flow", `{"reserves":[{"id":"r","drawdown":{"from":"2022/23"}}]}`, investment.ErrUnknownField, "reserves[1].drawdown.from"},
		{"unknown top-level field", `{"name":"x","year":"2022/23"}`, investment.ErrUnknownField, "year"},
		{"wrong type", `{"lines":[{"id":7}]}`, investment.ErrSyntax, "lines[1].id"},
	}
	for _, tt := range tests {
		var p investment.FinancialPlan
		err := json.Unmarshal([]byte(tt.json), &p)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Unmarshal error = %v, want %v", tt.name, err, tt.want)
			continue
		}
		var fe *investment.FieldError
		if !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: Unmarshal error %v: want a *FieldError at %s", tt.name, err, tt.path)
		}
		if perr := fault.Prefixed(err.Error(), "investment"); perr != nil {
			t.Errorf("%s: %v", tt.name, perr)
		}
		for _, raw := range []string{"can't convert", "decimal:", "json: "} {
			if strings.Contains(err.Error(), raw) {
				t.Errorf("%s: message %q shows a library's own message (%q)", tt.name, err, raw)
			}
		}
	}
	var b investment.Budget
	err := json.Unmarshal([]byte(`{"totals":[{"year":"2022/23","netExpenditur":"1"}]}`), &b)
	var fe *investment.FieldError
	if !errors.As(err, &fe) || fe.Path != "totals[1].netExpenditur" || !errors.Is(err, investment.ErrUnknownField) {
		t.Errorf("Budget with a misspelt field: error %v", err)
	}
}

// TestZeroJSON checks that the zero value of every exported type of the
// package that crosses the wire marshals, reads back as an equal value and
// writes the same JSON again, and that every exported field has a
// camelCase JSON name.
func TestZeroJSON(t *testing.T) {
	zeros := []any{
		&investment.FinancialPlan{}, &investment.Stream{}, &investment.Line{}, &investment.Uplift{},
		&investment.Pressure{}, &investment.Saving{}, &investment.Reserve{}, &investment.Mix{},
		&investment.Budget{}, &investment.Spend{}, &investment.YearTotals{}, &investment.LineBudget{},
		&investment.Rollup{}, &investment.StreamRollup{}, &investment.StreamYear{}, &investment.ReserveBalance{},
		&investment.ReserveYear{}, &investment.Table{}, &investment.Years{}, &investment.Band{},
		new(investment.Money), new(investment.Flow), new(investment.Schedule), new(investment.FinancialYear),
		new(investment.Unit), new(investment.CareGroup), new(investment.StreamKind), new(investment.UpliftKind),
		new(investment.PressureKind), new(investment.ReserveKind),
	}
	for _, z := range zeros {
		typ := reflect.TypeOf(z).Elem()
		if typ.Kind() == reflect.Struct {
			for f := range typ.Fields() {
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if f.IsExported() && (name == "" || strings.ContainsAny(name, "_-") || unicode.IsUpper([]rune(name)[0])) {
					t.Errorf("%v.%s: JSON name %q is not camelCase", typ, f.Name, name)
				}
			}
		}
		data, err := json.Marshal(z)
		if err != nil {
			t.Errorf("json.Marshal(%v zero): %v", typ, err)
			continue
		}
		back := reflect.New(typ)
		if err := json.Unmarshal(data, back.Interface()); err != nil {
			t.Errorf("%v zero as %s does not read back: %v", typ, data, err)
			continue
		}
		if !cmp.Equal(z, back.Interface()) {
			t.Errorf("%v zero %s reads back as %+v", typ, data, back.Elem())
		}
		if again, err := json.Marshal(back.Interface()); err != nil || string(again) != string(data) {
			t.Errorf("%v zero: %s reads back and writes %s, %v", typ, data, again, err)
		}
	}
}
