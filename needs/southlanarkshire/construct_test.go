package southlanarkshire

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite population.csv from the construction")

// The embedded table is exactly what the deterministic construction produces.
func TestEmbeddedTableIsTheConstruction(t *testing.T) {
	got := encode(construct())
	if *update {
		if err := os.WriteFile("population.csv", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, populationCSV) {
		t.Fatalf("population.csv differs from the construction; run go test -update ./needs/southlanarkshire")
	}
}
