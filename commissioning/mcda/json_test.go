package mcda

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire"
	"github.com/opencommissioning/scp/internal/wire/wiretest"
)

func TestZeroValuesRoundTrip(t *testing.T) {
	ignoreFunc := cmpopts.IgnoreFields(Scale{}, "Func")
	for _, v := range []any{
		wiretest.ReadBack(t, Matrix{}), wiretest.ReadBack(t, Criterion{}), wiretest.ReadBack(t, Alternative{}), wiretest.ReadBack(t, Scale{}),
		wiretest.ReadBack(t, Point{}), wiretest.ReadBack(t, TOPSIS{}), wiretest.ReadBack(t, Ranking{}), wiretest.ReadBack(t, Result{}),
		wiretest.ReadBack(t, Priorities{}), wiretest.ReadBack(t, SensitivityOptions{}), wiretest.ReadBack(t, Interval{}), wiretest.ReadBack(t, Stability{}),
	} {
		if !cmp.Equal(v, zeroOf(v), ignoreFunc) {
			t.Errorf("zero %T reads back as %+v", v, v)
		}
	}
}

func zeroOf(v any) any {
	switch v.(type) {
	case Matrix:
		return Matrix{}
	case Criterion:
		return Criterion{}
	case Alternative:
		return Alternative{}
	case Scale:
		return Scale{}
	case Point:
		return Point{}
	case TOPSIS:
		return TOPSIS{}
	case Ranking:
		return Ranking{}
	case Result:
		return Result{}
	case Priorities:
		return Priorities{}
	case SensitivityOptions:
		return SensitivityOptions{}
	case Interval:
		return Interval{}
	case Stability:
		return Stability{}
	}
	panic("no zero for this type")
}

// TestResultsRoundTrip writes and reads back what the methods return.
func TestResultsRoundTrip(t *testing.T) {
	r, err := (TOPSIS{Normalisation: MinMax}).Rank(cars())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, wiretest.ReadBack(t, r)); diff != "" {
		t.Errorf("Ranking (-want +got):\n%s", diff)
	}
	a, _ := Pairwise(3, 2, 4, 3)
	p, err := AHP(a)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, wiretest.ReadBack(t, p)); diff != "" {
		t.Errorf("Priorities (-want +got):\n%s", diff)
	}
	s, err := (WeightedSum{}).Sensitivity(cars(), SensitivityOptions{Ranking: true})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, wiretest.ReadBack(t, s)); diff != "" {
		t.Errorf("Stability (-want +got):\n%s", diff)
	}
}

// TestDecodeErrors checks that a misspelt field or a bad name in a
// document is a *FieldError naming its path, with the prefix once.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		into      any
		path      string
		want      error
	}{
		{"misspelt criterion field", `{"criteria":[{"id":"a","direction":"higher","swing":1},{"id":"b","direction":"lower","swng":1}]}`,
			new(Matrix), "criteria[2].swng", ErrUnknownField},
		{"misspelt scale point", `{"criteria":[{"id":"a","scale":{"points":[{"x":1,"val":2}]}}]}`, new(Matrix), "criteria[1].scale.points[1].val", ErrUnknownField},
		{"bad direction", `{"criteria":[{"id":"a","direction":"sideways"}]}`, new(Matrix), "criteria[1].direction", ErrDirection},
		{"misspelt top level", `{"alternative":[]}`, new(Matrix), "alternative", ErrUnknownField},
		{"performance not a number", `{"alternatives":[{"id":"A","performance":[1,"x"]}]}`, new(Matrix), "alternatives[1].performance[2]", nil},
		{"misspelt result field", `{"results":[{"id":"A","scor":1}]}`, new(Ranking), "results[1].scor", ErrUnknownField},
		{"misspelt priorities field", `{"lambda":3}`, new(Priorities), "lambda", ErrUnknownField},
		{"bad normalisation", `{"normalisation":"sum"}`, new(TOPSIS), "normalisation", ErrNormalisation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tp, ok := tt.into.(*TOPSIS); ok {
				err = wire.Into([]byte(tt.doc), tp, fieldError) // a TOPSIS has no decoder of its own
			} else {
				err = json.Unmarshal([]byte(tt.doc), tt.into)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Path != tt.path {
				t.Fatalf("error %v, want a *FieldError at %s", err, tt.path)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v does not wrap %v", err, tt.want)
			}
			if perr := fault.Prefixed(err.Error(), "mcda"); perr != nil {
				t.Error(perr)
			}
		})
	}
}
