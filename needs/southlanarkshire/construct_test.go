package southlanarkshire

import (
	"bytes"
	"flag"
	"os"
	"runtime"
	"testing"

	"github.com/opencommissioning/scp/needs"
)

var update = flag.Bool("update", false, "rewrite population.csv from the construction")

// The embedded table is what the deterministic construction produces: byte
// for byte on amd64, where it was generated; elsewhere (where the compiler
// may fuse multiply–adds) every cell within one person and every locality
// total exact.
func TestEmbeddedTableIsTheConstruction(t *testing.T) {
	got := encode(construct())
	if *update {
		if err := os.WriteFile("population.csv", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if runtime.GOARCH == "amd64" {
		if !bytes.Equal(got, populationCSV) {
			t.Fatalf("population.csv differs from the construction; run go test -update ./needs/southlanarkshire")
		}
		return
	}
	want, err := needs.ReadPHSProjections(bytes.NewReader(populationCSV))
	if err != nil {
		t.Fatal(err)
	}
	have, err := needs.ReadPHSProjections(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	for c := range want.Cells() {
		h, err := have.Count(c.Area, c.Year, c.Sex, cellBand(c.Age))
		if err != nil || h < c.Count-1 || h > c.Count+1 {
			t.Fatalf("cell %+v: construction gives %v, %v", c, h, err)
		}
	}
	for _, l := range Localities() {
		for y := FirstYear; y <= LastYear; y++ {
			a, _ := want.Total(l.Code, y, needs.All)
			b, _ := have.Total(l.Code, y, needs.All)
			if a != b {
				t.Errorf("%s %d: total %v, construction %v", l.Code, y, a, b)
			}
		}
	}
}

func cellBand(a int) needs.Band {
	if a == needs.TopAge {
		return needs.Band{Lo: a, Hi: needs.Open}
	}
	return needs.Age(a)
}

// The construction does not depend on map order or state: two runs agree.
func TestConstructionDeterministic(t *testing.T) {
	if !bytes.Equal(encode(construct()), encode(construct())) {
		t.Errorf("two constructions differ")
	}
}
