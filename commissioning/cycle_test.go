package commissioning

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
)

func date(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestStageText(t *testing.T) {
	cases := []struct {
		in   string
		want Stage
	}{
		{"Analyse", StageAnalyse}, {"analyze", StageAnalyse}, {" PLAN ", StagePlan}, {"do", StageDo}, {"Review", StageReview},
	}
	for _, c := range cases {
		got, err := ParseStage(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseStage(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for s := StageAnalyse; s <= StageReview; s++ {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Stage
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v → %q → %v, %v", s, b, back, err)
		}
	}
	if StageReview.Next() != StageAnalyse || StagePlan.Next() != StageDo {
		t.Errorf("Next does not follow the cycle")
	}
	if _, err := ParseStage("commission"); !isErr(err, ErrUnknownStage) {
		t.Errorf("ParseStage(commission): error %v", err)
	}
	if _, err := Stage(9).MarshalText(); !isErr(err, ErrUnknownStage) {
		t.Errorf("Stage(9).MarshalText: error %v", err)
	}
	if s := Stage(9).String(); s != "Stage(9)" {
		t.Errorf("Stage(9).String() = %q", s)
	}
}

func TestCycle(t *testing.T) {
	var c Cycle
	c.Name = "Strategic Commissioning Plan 2022–2025"
	c.Attach("Joint Strategic Needs Assessment", "paper 4", date("2021-09-01"))
	if err := c.Log(date("2021-09-15"), "Integration Joint Board", "needs assessment noted"); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := c.Advance(); err != nil {
			t.Fatal(err)
		}
	}
	if c.Stage != StageReview {
		t.Fatalf("stage %v, want Review", c.Stage)
	}
	if err := c.Advance(); !isErr(err, ErrCycleComplete) {
		t.Errorf("Advance past Review: error %v", err)
	}
	if err := c.Log(date("2021-09-01"), "IJB", "back-dated"); !isErr(err, ErrDecisionOrder) {
		t.Errorf("Log before the last decision: error %v", err)
	}
	if err := c.Log(time.Time{}, "IJB", "undated"); !isErr(err, ErrDecisionOrder) {
		t.Errorf("Log without a date: error %v", err)
	}
	if err := c.Log(date("2025-03-20"), "IJB", "review approved", "a", "b"); err != nil {
		t.Fatal(err)
	}
	if n := len(c.Decisions); n != 2 {
		t.Fatalf("%d decisions logged, want 2", n)
	}
	var at []string
	for d := range c.DecisionsAt(StageReview) {
		at = append(at, d.Summary)
	}
	if diff := cmp.Diff([]string{"review approved"}, at); diff != "" {
		t.Errorf("DecisionsAt(Review) (-want +got):\n%s", diff)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Cycle
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	bad := c
	bad.Decisions = []Decision{c.Decisions[1], c.Decisions[0]}
	if err := bad.Validate(); !isErr(err, ErrDecisionOrder) {
		t.Errorf("Validate of decisions out of order: error %v", err)
	}
	bad = Cycle{Stage: 8}
	if err := bad.Validate(); !isErr(err, ErrUnknownStage) {
		t.Errorf("Validate of stage 8: error %v", err)
	}
}

func southLanarkshirePlan() Plan {
	return Plan{
		Title:    "Strategic Commissioning Plan 2022–2025",
		Area:     "S37000028",
		Approved: date("2022-03-21"),
		Period:   investment.NewYears(investment.MustParseFinancialYear("2022/23"), 3),
		Priorities: []Priority{
			{ID: "early-intervention", Title: "Early intervention, prevention and inequalities", Outcomes: []string{"NO-1", "NO-5"}},
			{ID: "mental-health", Title: "Mental health and addictions", Outcomes: []string{"NO-1", "NO-4", "NO-7"}},
			{ID: "carers", Title: "Support for unpaid carers", Outcomes: []string{"NO-6"}},
		},
		Localities: []needs.Area{{Code: "S37000028-CLY", Name: "Clydesdale"}, {Code: "S37000028-EK", Name: "East Kilbride"}, {Code: "S37000028-HAM", Name: "Hamilton"}, {Code: "S37000028-RC", Name: "Rutherglen/Cambuslang"}},
		Options:    []string{"hub-large", "carers-breaks"},
		Outcomes:   []string{"NO-9"},
	}
}

func TestPlan(t *testing.T) {
	p := southLanarkshirePlan()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"NO-1", "NO-4", "NO-5", "NO-6", "NO-7", "NO-9"}, p.LinkedOutcomes()); diff != "" {
		t.Errorf("LinkedOutcomes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"NO-2", "NO-3", "NO-8"}, p.UnlinkedOutcomes()); diff != "" {
		t.Errorf("UnlinkedOutcomes (-want +got):\n%s", diff)
	}
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Plan
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip of %s (-want +got):\n%s", data, diff)
	}
}

func TestPlanErrors(t *testing.T) {
	cases := []struct {
		name string
		edit func(*Plan)
		want error
	}{
		{"one locality (s.29)", func(p *Plan) { p.Localities = p.Localities[:1] }, ErrLocalities},
		{"no localities", func(p *Plan) { p.Localities = nil }, ErrLocalities},
		{"locality without code", func(p *Plan) { p.Localities[1].Code = "" }, ErrEmptyID},
		{"locality code twice", func(p *Plan) { p.Localities[1].Code = p.Localities[0].Code }, ErrDuplicateID},
		{"period reversed", func(p *Plan) { p.Period.Last = p.Period.First - 1 }, ErrPeriod},
		{"outcome 10", func(p *Plan) { p.Outcomes = []string{"NO-10"} }, ErrUnknownOutcome},
		{"priority outcome 0", func(p *Plan) { p.Priorities[0].Outcomes = []string{"1"} }, ErrUnknownOutcome},
		{"priority twice", func(p *Plan) { p.Priorities[1].ID = p.Priorities[0].ID }, ErrDuplicateID},
		{"priority unnamed", func(p *Plan) { p.Priorities[1].ID = "" }, ErrEmptyID},
		{"option twice", func(p *Plan) { p.Options = []string{"a", "a"} }, ErrDuplicateID},
		{"option empty", func(p *Plan) { p.Options = []string{""} }, ErrEmptyID},
		{"finance over other years", func(p *Plan) { p.Finance = &investment.FinancialPlan{Years: investment.NewYears(p.Period.First+1, 3)} }, ErrPeriod},
		{"finance invalid", func(p *Plan) { p.Finance = &investment.FinancialPlan{Years: p.Period} }, investment.ErrNoLines},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := southLanarkshirePlan()
			c.edit(&p)
			err := p.Validate()
			if !isErr(err, c.want) {
				t.Fatalf("Validate: error %v, want %v", err, c.want)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field == "" {
				t.Errorf("error %v does not name its field", err)
			}
		})
	}
}
