package forecast

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/needs"
)

func TestReadLong(t *testing.T) {
	in := "category,value,split,id,t,year\n" +
		"MICRO,3,test,B,3,2002\n" +
		"MICRO,1,train,B,1,2000\n" +
		"MICRO,2,train,B,2,2001\n" +
		"MACRO,7,train,A,1,1990\n"
	got, err := ReadLong(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Holdout{
		{ID: "B", Category: "MICRO", Train: Series{Start: 2000, Frequency: Yearly, Values: []float64{1, 2}}, Test: []float64{3}},
		{ID: "A", Category: "MACRO", Train: Series{Start: 1990, Frequency: Yearly, Values: []float64{7}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadLong (-want +got):\n%s", diff)
	}
}

func TestReadLongErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		field    string
	}{
		{"no split column", "id,value\nA,1\n", 1, "split"},
		{"bad number", "id,value,split\nA,1,train\nA,x,train\n", 3, "value"},
		{"NaN value", "id,value,split\nA,NaN,train\n", 2, "value"},
		{"bad split", "id,value,split\nA,1,valid\n", 2, "split"},
		{"empty id", "id,value,split\n,1,train\n", 2, "id"},
		{"bad t", "id,t,value,split\nA,one,1,train\n", 2, "t"},
		{"repeated t", "id,t,value,split\nA,1,1,train\nA,1,2,train\n", 3, "t"},
		{"train after test", "id,value,split\nA,1,test\nA,2,train\n", 3, "split"},
		{"short row", "id,value,split\nA,1\n", 2, "split"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadLong(strings.NewReader(tt.in))
			var de *needs.ParseError
			if !errors.As(err, &de) || !errors.Is(err, ErrFormat) {
				t.Fatalf("ReadLong = %v, want a *needs.ParseError wrapping ErrFormat", err)
			}
			if de.Line != tt.line || de.Field != tt.field {
				t.Errorf("ParseError at line %d field %q, want line %d field %q (%v)", de.Line, de.Field, tt.line, tt.field, err)
			}
		})
	}
}

func TestReadLongPeriods(t *testing.T) {
	in := "id,year,period,value,split\n" +
		"Q,2019,3,1,train\nQ,2019,4,2,train\nQ,2020,1,3,train\nQ,2020,2,4,test\n" +
		"M,2020,11,5,train\nM,2020,12,6,train\nM,2021,1,7,train\n" +
		"Y,2000,1,8,train\nY,2001,1,9,train\n"
	got, err := ReadLong(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Holdout{
		{ID: "Q", Train: Series{Start: 2019, Period: 3, Frequency: Quarterly, Values: []float64{1, 2, 3}}, Test: []float64{4}},
		{ID: "M", Train: Series{Start: 2020, Period: 11, Frequency: Monthly, Values: []float64{5, 6, 7}}},
		{ID: "Y", Train: Series{Start: 2000, Period: 1, Frequency: Yearly, Values: []float64{8, 9}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadLong (-want +got):\n%s", diff)
	}
	for _, bad := range []string{
		"id,period,value,split\nQ,1,1,train\nQ,3,2,train\n",   // skips a quarter
		"id,period,value,split\nQ,13,1,train\n",               // no such period
		"id,period,value,split\nQ,x,1,train\n",                // not a number
		"id,period,value,split\nM,12,1,train\nM,13,2,train\n", // beyond December
	} {
		_, err := ReadLong(strings.NewReader(bad))
		var de *needs.ParseError
		if !errors.As(err, &de) || de.Field != "period" || !errors.Is(err, ErrFormat) {
			t.Errorf("%q: %v, want a period ParseError", bad, err)
		}
	}
	hs := []Holdout{{ID: "A", Train: Series{Values: []float64{1}}}}
	if err := SetFrequency(hs, Quarterly); err != nil || hs[0].Train.Frequency != Quarterly || hs[0].Train.Period != 1 {
		t.Errorf("SetFrequency: %v, %+v", err, hs[0].Train)
	}
	if err := SetFrequency(hs, 7); !errors.Is(err, ErrFrequency) {
		t.Errorf("SetFrequency(7): %v", err)
	}
}

func TestReadLongHeaderNames(t *testing.T) {
	in := "\ufeffUnique_ID, Value ,SPLIT\nA,1,train\nA,2,test\n"
	got, err := ReadLong(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "A" || len(got[0].Test) != 1 {
		t.Errorf("ReadLong = %+v", got)
	}
	_, err = ReadLong(strings.NewReader("id,value,id,split\nA,1,B,train\n"))
	var pe *needs.ParseError
	if !errors.As(err, &pe) || !errors.Is(err, needs.ErrDuplicateColumn) || pe.Column != 3 {
		t.Errorf("duplicate id column: %v", err)
	}
}
