package scp_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/opencommissioning/scp"

// pkg is the part of `go list -json` output that the arrows need.
type pkg struct {
	ImportPath string
	Deps       []string
	Standard   bool
}

// TestDependencyArrows asserts the layering of ARCHITECTURE.md with
// `go list -deps`: which packages of the module each package may reach,
// directly or not, and which modules outside the standard library.
func TestDependencyArrows(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}

	// rules: for a package (by path below the module), the module packages
	// it may depend on and the outside modules it may use. A trailing "/"
	// allows a whole subtree.
	type rule struct {
		own     []string
		outside []string
	}
	rules := map[string]rule{
		"investment":                {nil, []string{"github.com/shopspring/decimal"}},
		"investment/investmenttest": {[]string{"investment"}, []string{"github.com/shopspring/decimal", "github.com/google/go-cmp/"}},
		"needs":                     {nil, []string{"gonum.org/v1/gonum/"}},
		"needs/":                    {[]string{"needs"}, []string{"gonum.org/v1/gonum/"}},
		"needs/forecast":            {[]string{"needs"}, []string{"gonum.org/v1/gonum/"}},
		"outcomes":                  {[]string{"investment"}, []string{"github.com/shopspring/decimal", "gonum.org/v1/gonum/"}},
		"outcomes/markov":           {[]string{"investment", "outcomes"}, []string{"github.com/shopspring/decimal", "gonum.org/v1/gonum/"}},
		"commissioning/":            {[]string{"investment", "needs", "needs/", "outcomes", "commissioning/"}, []string{"github.com/shopspring/decimal", "gonum.org/v1/gonum/"}},
		"internal/":                 {[]string{"internal/"}, nil},
		"commissioning":             {[]string{"investment", "needs", "needs/forecast", "outcomes", "commissioning/"}, []string{"github.com/shopspring/decimal", "gonum.org/v1/gonum/"}},
		// The publishing layer composes the cycle and alone brings in
		// charts (gonum/plot with its fonts and renderers) and workbooks
		// (excelize with what it needs to read and write XLSX).
		"commissioning/report": {[]string{"investment", "needs", "needs/", "outcomes", "commissioning", "commissioning/"},
			append([]string{"github.com/shopspring/decimal", "gonum.org/v1/gonum/"}, heavy...)},
	}
	// gonum brings one package of golang.org/x/tools with it.
	for k, r := range rules {
		if slices.Contains(r.outside, "gonum.org/v1/gonum/") {
			r.outside = append(r.outside, "golang.org/x/tools/container/intsets")
			rules[k] = r
		}
	}
	match := func(list []string, s string) bool {
		for _, l := range list {
			if s == l || (strings.HasSuffix(l, "/") && strings.HasPrefix(s, l)) {
				return true
			}
		}
		return false
	}
	ruleFor := func(rel string) (rule, bool) {
		if r, ok := rules[rel]; ok {
			return r, true
		}
		for k, r := range rules {
			if strings.HasSuffix(k, "/") && strings.HasPrefix(rel, k) {
				return r, true
			}
		}
		return rule{}, false
	}
	for _, p := range pkgs {
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		if rel == "" || strings.HasPrefix(rel, "examples") {
			continue // the root holds docs; examples compose everything
		}
		if rel != "commissioning/report" {
			for _, d := range p.Deps {
				if d == module+"/commissioning/report" || matchModule(heavy, d) {
					t.Errorf("%s depends on %s: only commissioning/report and the examples may", rel, d)
				}
			}
		}
		r, ok := ruleFor(rel)
		if !ok {
			t.Errorf("package %s has no rule in TestDependencyArrows: add one and record it in ARCHITECTURE.md", rel)
			continue
		}
		for _, d := range p.Deps {
			switch {
			case strings.HasPrefix(d, module+"/internal"):
				// internal mechanisms are shared freely below the module root
			case strings.HasPrefix(d, module+"/"):
				dep := strings.TrimPrefix(d, module+"/")
				if !match(r.own, dep) {
					t.Errorf("%s depends on %s, which the architecture forbids", rel, dep)
				}
			case isStandard(d):
			default:
				if !match(r.outside, d) && !match(r.outside, d+"/") && !matchModule(r.outside, d) {
					t.Errorf("%s depends on %s, outside the modules it may use", rel, d)
				}
			}
		}
	}
}

// TestCycleReachesNeeds asserts that the cycle in package commissioning
// composes the needs assessment: it depends on needs and needs/forecast.
func TestCycleReachesNeeds(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command("go", "list", "-deps", "./commissioning").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	for _, want := range []string{"needs", "needs/forecast", "investment", "outcomes"} {
		if !slices.Contains(deps, module+"/"+want) {
			t.Errorf("commissioning does not depend on %s", want)
		}
	}
}

// heavy is the modules that only commissioning/report (and the examples)
// may bring in: plotting, spreadsheets and what they need. Importing
// investment or needs pulls in none of them.
var heavy = []string{
	"gonum.org/v1/plot/", "github.com/xuri/", "github.com/chromedp/",
	"codeberg.org/go-fonts/", "codeberg.org/go-latex/", "codeberg.org/go-pdf/", "git.sr.ht/~sbinet/",
	"github.com/ajstarks/", "github.com/golang/freetype/", "github.com/richardlehane/", "github.com/tiendc/",
	"golang.org/x/crypto/", "golang.org/x/image/", "golang.org/x/net/", "golang.org/x/text/",
}

// matchModule reports whether d is a package of one of the allowed modules.
func matchModule(allowed []string, d string) bool {
	for _, a := range allowed {
		if strings.HasPrefix(d, strings.TrimSuffix(a, "/")) {
			return true
		}
	}
	return false
}

// isStandard reports whether an import path belongs to the standard library:
// its first element has no dot.
func isStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
