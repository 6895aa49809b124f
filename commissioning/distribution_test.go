package commissioning

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDistributionErrors(t *testing.T) {
	cases := []struct {
		name  string
		d     Distribution
		err   error
		want  error
		param string
	}{
		{"normal sd 0", Distribution{Kind: Normal, SD: 0}, nil, ErrParameter, "SD"},
		{"normal sd NaN", Distribution{Kind: Normal, SD: math.NaN()}, nil, ErrNotFinite, "SD"},
		{"normal mean inf", Distribution{Kind: Normal, Mean: math.Inf(1), SD: 1}, nil, ErrNotFinite, "Mean"},
		{"lognormal sigma negative", Distribution{Kind: LogNormal, Sigma: -1}, nil, ErrParameter, "Sigma"},
		{"gamma shape 0", Distribution{Kind: Gamma, Shape: 0, Rate: 1}, nil, ErrParameter, "Shape"},
		{"gamma rate negative", Distribution{Kind: Gamma, Shape: 1, Rate: -2}, nil, ErrParameter, "Rate"},
		{"beta alpha 0", Distribution{Kind: Beta, Alpha: 0, Beta: 1}, nil, ErrParameter, "Alpha"},
		{"beta beta negative", Distribution{Kind: Beta, Alpha: 1, Beta: -1}, nil, ErrParameter, "Beta"},
		{"triangular reversed", Distribution{Kind: Triangular, Min: 2, Mode: 1.5, Max: 1}, nil, ErrParameter, "Max"},
		{"triangular mode outside", Distribution{Kind: Triangular, Min: 0, Mode: 3, Max: 2}, nil, ErrParameter, "Mode"},
		{"pert equal bounds", Distribution{Kind: PERT, Min: 1, Mode: 1, Max: 1}, nil, ErrParameter, "Max"},
		{"pert mode below", Distribution{Kind: PERT, Min: 1, Mode: 0, Max: 2}, nil, ErrParameter, "Mode"},
		{"uniform reversed", Distribution{Kind: Uniform, Min: 1, Max: 0}, nil, ErrParameter, "Max"},
		{"fixed NaN", Distribution{Kind: Fixed, Value: math.NaN()}, nil, ErrNotFinite, "Value"},
		{"unknown kind", Distribution{Kind: 42}, nil, ErrUnknownKind, "Kind"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.d.Validate()
			if !isErr(err, c.want) {
				t.Fatalf("Validate: error %v, want %v", err, c.want)
			}
			var de *DistributionError
			if !errors.As(err, &de) || de.Param != c.param {
				t.Errorf("error %v does not name parameter %s", err, c.param)
			}
		})
	}
	constructors := []struct {
		name string
		err  error
	}{
		{"NewNormal", func() error { _, err := NewNormal(0, -1); return err }()},
		{"NewLogNormal", func() error { _, err := NewLogNormal(0, 0); return err }()},
		{"NewGamma", func() error { _, err := NewGamma(-1, 1); return err }()},
		{"NewBeta", func() error { _, err := NewBeta(1, 0); return err }()},
		{"NewTriangular", func() error { _, err := NewTriangular(0, 2, 1); return err }()},
		{"NewPERT", func() error { _, err := NewPERT(0, -1, 1); return err }()},
		{"NewUniform", func() error { _, err := NewUniform(1, 1); return err }()},
		{"NewFixed", func() error { _, err := NewFixed(math.Inf(-1)); return err }()},
	}
	for _, c := range constructors {
		if c.err == nil {
			t.Errorf("%s accepted bad parameters", c.name)
		}
	}
	d, _ := NewNormal(0, 1)
	if _, err := d.Quantile(1.5); !isErr(err, ErrPercentile) {
		t.Errorf("Quantile(1.5): error %v", err)
	}
}

func TestDistributionMeansAndQuantiles(t *testing.T) {
	cases := []struct {
		d    Distribution
		mean float64
		p, q float64
	}{
		{mustDist(NewFixed(2)), 2, 0.3, 2},
		{mustDist(NewNormal(1, 0.1)), 1, 0.5, 1},
		{mustDist(NewLogNormal(0, 0.5)), math.Exp(0.125), 0.5, 1},
		{mustDist(NewGamma(2, 4)), 0.5, 0, 0},
		{mustDist(NewBeta(2, 2)), 0.5, 0.5, 0.5},
		{mustDist(NewTriangular(0, 0, 1)), 1.0 / 3, 0.75, 0.5},
		// PERT(0, 1, 4): mean (0 + 4 + 4)/6; α = 2, β = 4 on [0, 4].
		{mustDist(NewPERT(0, 1, 4)), 8.0 / 6, 1, 4},
		{mustDist(NewUniform(2, 4)), 3, 0.25, 2.5},
	}
	for _, c := range cases {
		if m := c.d.MeanValue(); !approx(m, c.mean, 1e-12) {
			t.Errorf("%v: mean %v, want %v", c.d.Kind, m, c.mean)
		}
		q, err := c.d.Quantile(c.p)
		if err != nil {
			t.Fatal(err)
		}
		if !approx(q, c.q, 1e-9) {
			t.Errorf("%v: Quantile(%v) = %v, want %v", c.d.Kind, c.p, q, c.q)
		}
	}
}

func TestDistributionJSON(t *testing.T) {
	ds := []Distribution{
		mustDist(NewFixed(0)), mustDist(NewNormal(0, 2)), mustDist(NewLogNormal(-0.1, 0.3)),
		mustDist(NewGamma(3, 2)), mustDist(NewBeta(0.5, 0.5)), mustDist(NewTriangular(-1, 0, 1)),
		mustDist(NewPERT(0.9, 1, 1.6)), mustDist(NewUniform(0, 1)),
	}
	data, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	var back []Distribution
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ds, back); diff != "" {
		t.Errorf("round trip of %s (-want +got):\n%s", data, diff)
	}
	var k Kind
	if err := k.UnmarshalText([]byte("Log-Normal")); err != nil || k != LogNormal {
		t.Errorf("UnmarshalText(Log-Normal) = %v, %v", k, err)
	}
	if err := k.UnmarshalText([]byte("cauchy")); !isErr(err, ErrUnknownKind) {
		t.Errorf("UnmarshalText(cauchy): error %v", err)
	}
}

func TestLinesText(t *testing.T) {
	cases := []struct {
		l    Lines
		text string
	}{
		{Capital, "capital"}, {Costs, "capital|revenue"}, {Benefits | Effects, "benefits|effects"}, {0, "none"}, {AllLines, "capital|revenue|benefits|effects"},
	}
	for _, c := range cases {
		b, err := c.l.MarshalText()
		if err != nil || string(b) != c.text {
			t.Errorf("MarshalText(%d) = %q, %v; want %q", c.l, b, err, c.text)
		}
		var back Lines
		if err := back.UnmarshalText(b); err != nil || back != c.l {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
		}
	}
	var l Lines
	if err := l.UnmarshalText([]byte("Costs, benefit")); err != nil || l != Costs|Benefits {
		t.Errorf("UnmarshalText(Costs, benefit) = %v, %v", l, err)
	}
	if err := l.UnmarshalText([]byte("wages")); !isErr(err, ErrNoLines) {
		t.Errorf("UnmarshalText(wages): error %v", err)
	}
	if _, err := Lines(64).MarshalText(); !isErr(err, ErrNoLines) {
		t.Errorf("MarshalText(64): error %v", err)
	}
}
