package main

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/commissioning"
	"github.com/opencommissioning/scp/examples/internal/slround"
	"github.com/opencommissioning/scp/investment"
	"github.com/opencommissioning/scp/needs"
	"github.com/opencommissioning/scp/outcomes"
)

// artefact is one JSON document of the worked example: the value written
// and a fresh value of its type to read it back into.
type artefact struct {
	name string
	v    any
	into func() any
}

func artefacts(t *testing.T) []artefact {
	t.Helper()
	in, err := slround.Inputs(true)
	if err != nil {
		t.Fatal(err)
	}
	r, err := commissioning.Run(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	list := []artefact{
		{"round", r, func() any { return new(commissioning.Round) }},
		{"inputs", in, func() any { return new(commissioning.Inputs) }},
		{"strategic plan", r.Strategy.Plan, func() any { return new(commissioning.Plan) }},
		{"population", in.Population, func() any { return new(needs.Population) }},
	}
	if in.Finance != nil {
		list = append(list, artefact{"financial plan", in.Finance, func() any { return new(investment.FinancialPlan) }})
	}
	if len(in.Conditions) > 0 {
		list = append(list, artefact{"rates", in.Conditions[0], func() any { return new(needs.Rates) }})
	}
	if r.Strategy.Simulation != nil && r.Strategy.Simulation.CEAC != nil {
		list = append(list, artefact{"acceptability curve", r.Strategy.Simulation.CEAC, func() any { return new(outcomes.Curve) }})
	}
	return list
}

// TestJSONRoundTrip writes each artefact of the worked example and reads it
// back: the document read back writes the same bytes, so nothing is lost
// between the package that writes a part and the package that reads it (a
// round's financial plan is written by investment and read inside
// commissioning's decoder, its population by needs, its curve by outcomes).
func TestJSONRoundTrip(t *testing.T) {
	for _, a := range artefacts(t) {
		data, err := json.Marshal(a.v)
		if err != nil {
			t.Fatalf("%s: marshal: %v", a.name, err)
		}
		back := a.into()
		if err := json.Unmarshal(data, back); err != nil {
			t.Fatalf("%s: unmarshal: %v", a.name, err)
		}
		again, err := json.Marshal(back)
		if err != nil {
			t.Fatalf("%s: marshal again: %v", a.name, err)
		}
		if !bytes.Equal(data, again) {
			t.Errorf("%s: JSON changed on the way back:\n%s", a.name, firstDifference(data, again))
		}
	}
}

// TestJSONMisspeltField misspells, one at a time, field names at every
// depth of each artefact's document (a typo, then a capital first letter)
// and checks that reading it fails with an error naming the misspelt
// field. A key that reads back as written is a
// map key (an id or a year), not a field, and is left alone.
func TestJSONMisspeltField(t *testing.T) {
	ident := regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)
	for _, a := range artefacts(t) {
		data, err := json.Marshal(a.v)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		tried := 0
		paths := keyPaths(doc, nil, 8)
		// At most 30 paths, spread evenly over the document, to keep the
		// test quick on a whole round.
		if step := len(paths)/30 + 1; step > 1 {
			var some [][]string
			for i := 0; i < len(paths); i += step {
				some = append(some, paths[i])
			}
			paths = some
		}
		for _, path := range paths {
			key := path[len(path)-1]
			if !ident.MatchString(key) {
				continue
			}
			// A typo, and the same name with a capital first letter (names
			// are case-sensitive).
			for _, bad := range []string{key + "Typo", strings.ToUpper(key[:1]) + key[1:]} {
				mutated := renameKey(doc, path, bad)
				text, _ := json.Marshal(mutated)
				err := json.Unmarshal(text, a.into())
				if err == nil {
					if strings.Contains(string(roundTrip(t, text, a.into())), `"`+bad+`"`) {
						continue // a map key
					}
					t.Errorf("%s: misspelt field %s (%s) read without error", a.name, strings.Join(path, "."), bad)
					continue
				}
				tried++
				if !strings.Contains(err.Error(), bad) {
					t.Errorf("%s: misspelt field %s: error %q does not name %q", a.name, strings.Join(path, "."), err, bad)
				}
			}
		}
		if tried == 0 {
			t.Errorf("%s: no field was misspelt", a.name)
		}
	}
}

func roundTrip(t *testing.T, text []byte, into any) []byte {
	t.Helper()
	if err := json.Unmarshal(text, into); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(into)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// keyPaths returns the paths of object keys in doc, at most perDepth new
// keys from each level, so that every depth is tried without trying every
// element of a long list.
func keyPaths(doc any, prefix []string, perDepth int) [][]string {
	var out [][]string
	switch v := doc.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			p := append(slices.Clone(prefix), k)
			if i < perDepth {
				out = append(out, p)
			}
			out = append(out, keyPaths(v[k], p, perDepth)...)
		}
	case []any:
		if len(v) > 0 {
			out = append(out, keyPaths(v[0], append(slices.Clone(prefix), "[0]"), perDepth)...)
		}
	}
	return out
}

// renameKey returns a copy of doc with the key at path renamed to name.
func renameKey(doc any, path []string, name string) any {
	switch v := doc.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = e
		}
		if len(path) == 1 {
			out[name] = out[path[0]]
			delete(out, path[0])
			return out
		}
		out[path[0]] = renameKey(v[path[0]], path[1:], name)
		return out
	case []any:
		out := slices.Clone(v)
		out[0] = renameKey(v[0], path[1:], name)
		return out
	}
	return doc
}

func firstDifference(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return "want …" + string(a[lo:min(len(a), i+80)]) + "…\n got …" + string(b[lo:min(len(b), i+80)]) + "…"
}
