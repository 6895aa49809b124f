package mcda

import "testing"

func BenchmarkTOPSIS1000x20(b *testing.B) {
	m := randomMatrix(7, 1000, 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (TOPSIS{}).Rank(m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWeightedSum1000x20(b *testing.B) {
	m := randomMatrix(7, 1000, 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (WeightedSum{}).Rank(m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWeightedSumSensitivity1000x20(b *testing.B) {
	m := randomMatrix(7, 1000, 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (WeightedSum{}).Sensitivity(m, SensitivityOptions{Ranking: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTOPSISSensitivity100x10(b *testing.B) {
	m := randomMatrix(7, 100, 10)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (TOPSIS{}).Sensitivity(m, SensitivityOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAHP10(b *testing.B) {
	a := make([][]float64, 10)
	for i := range a {
		a[i] = make([]float64, 10)
		for j := range a[i] {
			a[i][j] = float64(j+1) / float64(i+1) * (1 + 0.05*float64((i*7+j*3)%5-2)*float64(i-j)/10)
		}
	}
	for i := range a {
		a[i][i] = 1
		for j := i + 1; j < len(a); j++ {
			a[j][i] = 1 / a[i][j]
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := AHP(a); err != nil {
			b.Fatal(err)
		}
	}
}
