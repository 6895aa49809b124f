package forecast

import (
	"os"
	"testing"
)

func loadM3(t testing.TB) []Holdout {
	t.Helper()
	f, err := os.Open("testdata/m3_yearly.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	hs, err := ReadLong(f)
	if err != nil {
		t.Fatal(err)
	}
	return hs
}
