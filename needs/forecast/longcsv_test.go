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
