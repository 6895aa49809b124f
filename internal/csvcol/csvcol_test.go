package csvcol

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	for _, in := range []string{"areacode", "AreaCode", "area_code", " Area Code ", "\ufeffAREA_code", "area\tcode"} {
		if got := Key(in); got != "areacode" {
			t.Errorf("Key(%q) = %q, want areacode", in, got)
		}
	}
}

func TestFind(t *testing.T) {
	cols := []Column{
		{Name: "area", Aliases: []string{"code"}},
		{Name: "count", Aliases: []string{"population", "value"}},
		{Name: "name", Optional: true},
		{Name: "zone", Match: func(k string) bool { return strings.HasPrefix(k, "dz") }, FirstWins: true},
	}
	pos, err := Find([]string{"\ufeffValue", "DZ2011", "Code", "x", "dz2001"}, cols...)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{2, 0, -1, 1}; !slices.Equal(pos, want) {
		t.Errorf("Find = %v, want %v", pos, want)
	}
}

func TestFindErrors(t *testing.T) {
	cols := []Column{{Name: "area", Aliases: []string{"code"}}, {Name: "count"}}
	_, err := Find([]string{"area", "Year"}, cols...)
	var me *MissingError
	if !errors.As(err, &me) || me.Column != "count" || !slices.Equal(me.Header, []string{"area", "Year"}) {
		t.Fatalf("missing count: %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, `"count"`) || !strings.Contains(msg, `["area" "Year"]`) {
		t.Errorf("message %q does not name the column and the header", msg)
	}
	_, err = Find([]string{"count", "area", "Code"}, cols...)
	var de *DuplicateError
	if !errors.As(err, &de) || de.Column != "area" || de.First != 2 || de.Position != 3 {
		t.Fatalf("duplicate area: %v", err)
	}
	long := make([]string, 40)
	for i := range long {
		long[i] = "c"
	}
	_, err = Find(long, cols...)
	if msg := err.Error(); !strings.Contains(msg, "(40 fields)") || len(msg) > 200 {
		t.Errorf("long header message %q", msg)
	}
}
