package pbma

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/opencommissioning/scp/internal/fault"
	"github.com/opencommissioning/scp/internal/wire/wiretest"
)

func TestZeroValuesRoundTrip(t *testing.T) {
	for _, eq := range []struct {
		name string
		ok   bool
	}{
		{"Exercise", cmp.Equal(wiretest.ReadBack(t, Exercise{}), Exercise{})},
		{"Programme", cmp.Equal(wiretest.ReadBack(t, Programme{}), Programme{})},
		{"Proposal", cmp.Equal(wiretest.ReadBack(t, Proposal{}), Proposal{})},
		{"Disinvestment", cmp.Equal(wiretest.ReadBack(t, Disinvestment{}), Disinvestment{})},
		{"Recommendation", cmp.Equal(wiretest.ReadBack(t, Recommendation{}), Recommendation{})},
		{"Shift", cmp.Equal(wiretest.ReadBack(t, Shift{}), Shift{})},
		{"Release", cmp.Equal(wiretest.ReadBack(t, Release{}), Release{})},
		{"Unfunded", cmp.Equal(wiretest.ReadBack(t, Unfunded{}), Unfunded{})},
		{"Retained", cmp.Equal(wiretest.ReadBack(t, Retained{}), Retained{})},
		{"ProgrammeSpend", cmp.Equal(wiretest.ReadBack(t, ProgrammeSpend{}), ProgrammeSpend{})},
	} {
		if !eq.ok {
			t.Errorf("zero %s does not read back as zero", eq.name)
		}
	}
}

func TestExerciseJSONRoundTrip(t *testing.T) {
	e := generate(5, 6, 20, 3)
	e.Headroom = gbp("12.34")
	e.WishList[0].Divisible = true
	if diff := cmp.Diff(e, wiretest.ReadBack(t, e)); diff != "" {
		t.Errorf("Exercise round trip (-want +got):\n%s", diff)
	}
	b, _ := json.Marshal(e)
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"programmes", "wishList", "hitList", "headroom"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("JSON %s lacks %q", b, k)
		}
	}
}

// TestDecodeErrors checks that a misspelt field, a bad amount or a bad
// reason is a *FieldError naming its path, with the prefix once.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		into      any
		path      string
		want      error
	}{
		{"misspelt proposal field", `{"programmes":[{"id":"P","spend":"1"}],"wishList":[{"id":"a","programme":"P","cost":"1"},{"id":"b","programme":"P","costs":"1"}]}`,
			new(Exercise), "wishList[2].costs", ErrUnknownField},
		{"misspelt top level", `{"hitLists":[]}`, new(Exercise), "hitLists", ErrUnknownField},
		{"bad amount", `{"programmes":[{"id":"P","spend":"lots"}]}`, new(Exercise), "programmes[1].spend", nil},
		{"bad reason", `{"unfunded":[{"proposal":"a","reason":"because"}]}`, new(Recommendation), "unfunded[1].reason", ErrUnknownName},
		{"misspelt release", `{"shifts":[{"proposal":"a","releases":[{"disinvestment":"h","amont":"1"}]}]}`, new(Recommendation), "shifts[1].releases[1].amont", ErrUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.doc), tt.into)
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Path != tt.path {
				t.Fatalf("error %v, want a *FieldError at %s", err, tt.path)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v does not wrap %v", err, tt.want)
			}
			if perr := fault.Prefixed(err.Error(), "pbma"); perr != nil {
				t.Error(perr)
			}
		})
	}
}
