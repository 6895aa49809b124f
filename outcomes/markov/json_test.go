package markov

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
)

func TestJSONRoundTrip(t *testing.T) {
	ps := sickSicker(Simpson).Parameters
	b, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	var back []Parameter
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	for i := range ps {
		if ps[i].Name != back[i].Name || ps[i].Dist.Kind != back[i].Dist.Kind || ps[i].Dist.A != back[i].Dist.A {
			t.Errorf("parameter %d: %+v, want %+v", i, back[i], ps[i])
		}
	}
	psa, err := sickSicker(Simpson).Simulate(context.Background(), Simulation{Draws: 50, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(psa)
	if err != nil {
		t.Fatal(err)
	}
	var p2 PSA
	if err := json.Unmarshal(b, &p2); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p2.Cost[3], psa.Cost[3]) || !slices.Equal(p2.Params, psa.Params) {
		t.Error("draws changed in JSON")
	}
	var c Correction
	if err := json.Unmarshal([]byte(`"Simpson's 1/3"`), &c); err != nil || c != Simpson {
		t.Errorf("correction %v %v", c, err)
	}
	if err := json.Unmarshal([]byte(`"trapezium"`), &c); !isErr(err, ErrUnknownName) {
		t.Errorf("unknown correction: %v", err)
	}
	if _, err := json.Marshal(Correction(0)); !errors.Is(err, ErrCorrection) {
		t.Errorf("unnamed correction: %v", err)
	}
}

// TestZeroValuesJSON checks that the zero value of every type of the
// package that crosses the wire marshals and reads back as itself.
func TestZeroValuesJSON(t *testing.T) {
	for _, c := range []struct {
		name string
		v    any
		back func() any
	}{
		{"Result", Result{}, func() any { return new(Result) }},
		{"Outcome", Outcome{}, func() any { return new(Outcome) }},
		{"PSA", PSA{}, func() any { return new(PSA) }},
		{"BudgetTable", BudgetTable{}, func() any { return new(BudgetTable) }},
		{"Simulation", Simulation{}, func() any { return new(Simulation) }},
		{"Parameter", Parameter{}, func() any { return new(Parameter) }},
		{"Distribution", Distribution{}, func() any { return new(Distribution) }},
		{"MortalityTable", MortalityTable{}, func() any { return new(MortalityTable) }},
	} {
		b, err := json.Marshal(c.v)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		back := c.back()
		if err := json.Unmarshal(b, back); err != nil {
			t.Errorf("%s: %s does not read back: %v", c.name, b, err)
			continue
		}
		again, _ := json.Marshal(back)
		if string(again) != string(b) {
			t.Errorf("%s: %s reads back as %s", c.name, b, again)
		}
	}
}

// TestJSONStrict checks that a document with a misspelt field is refused
// with the field's path, and that a bad document leaves the value as it was.
func TestJSONStrict(t *testing.T) {
	sim := Simulation{Draws: 5, Seed: 9}
	err := json.Unmarshal([]byte(`{"draws":10,"seeds":1}`), &sim)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != "seeds" || fe.Type != "Simulation" || !isErr(err, ErrUnknownField) {
		t.Errorf("misspelt field: %v", err)
	}
	if sim.Draws != 5 {
		t.Errorf("a bad document changed the value: %+v", sim)
	}
	lt := MortalityTable{Ages: []int{35}, Female: []float64{0.1}, Male: []float64{0.2}}
	b, err := json.Marshal(lt)
	if err != nil {
		t.Fatal(err)
	}
	var back MortalityTable
	if err := json.Unmarshal(b, &back); err != nil || back.Male[0] != 0.2 {
		t.Errorf("life table %+v: %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"ages":[45,35],"female":[0.1,0.1],"male":[0.1,0.1]}`), &back); !isErr(err, ErrAge) || back.Ages[0] != 35 {
		t.Errorf("ages out of order: %v, table %+v", err, back)
	}
	if err := json.Unmarshal([]byte(`{"outcomes":{"id":"a"}}`), new(Result)); !isErr(err, ErrSyntax) || !errors.As(err, &fe) || fe.Path != "outcomes" {
		t.Errorf("object for a list: %v", err)
	}
}
