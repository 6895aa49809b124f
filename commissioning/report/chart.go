package report

import (
	"bytes"
	"fmt"
	"html"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is a chart drawn with gonum/plot: an id (unique in a document), a
// title, a description for readers who cannot see it, and its size in
// points. Make one with the chart functions of this package.
type Chart struct {
	ID          string    // unique among a document's charts; names its SVG file
	Title       string    // drawn above the chart and given to screen readers
	Description string    // what the chart shows, for its caption and screen readers
	Width       vg.Length // the drawing's width
	Height      vg.Length // the drawing's height
	plot        *plot.Plot
}

// The default size of a chart: 16 cm by 9 cm.
const (
	defaultWidth  = 16 * vg.Centimeter
	defaultHeight = 9 * vg.Centimeter
)

// The type sizes of a chart, in points: large enough to read on paper
// when the chart spans a column of A4.
const (
	titleSize  = 13
	labelSize  = 11
	tickSize   = 10
	legendSize = 10
	noteSize   = 9
)

// sans is the typeface of every chart: Liberation Sans, whose metrics
// match Arial and Helvetica, which the SVG names as fallbacks.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// palette is the Okabe–Ito colour-blind safe palette.
var palette = []color.Color{
	color.RGBA{0, 114, 178, 255},   // blue
	color.RGBA{230, 159, 0, 255},   // orange
	color.RGBA{0, 158, 115, 255},   // bluish green
	color.RGBA{204, 121, 167, 255}, // reddish purple
	color.RGBA{86, 180, 233, 255},  // sky blue
	color.RGBA{213, 94, 0, 255},    // vermillion
	color.RGBA{240, 228, 66, 255},  // yellow
	color.RGBA{0, 0, 0, 255},       // black
}

// colour returns the i-th colour of the palette, cycling.
func colour(i int) color.Color { return palette[i%len(palette)] }

// The RAG colours.
var (
	ragGreen = color.RGBA{0, 128, 60, 255}
	ragAmber = color.RGBA{232, 160, 0, 255}
	ragRed   = color.RGBA{196, 30, 58, 255}
	grey     = color.RGBA{120, 120, 120, 255}
)

// newPlot returns a plot with the title, axis labels and the type sizes
// of this package, a light grid and the legend at the top left.
func newPlot(title, x, y string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sans, titleSize)
	p.Title.Padding = vg.Points(6)
	p.X.Label.Text = x
	p.Y.Label.Text = y
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, labelSize)
		a.Tick.Label.Font = font.From(sans, tickSize)
		a.Label.Padding = vg.Points(4)
	}
	p.Legend.TextStyle.Font = font.From(sans, legendSize)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.Padding = vg.Points(2)
	p.Legend.ThumbnailWidth = vg.Points(14)
	g := plotter.NewGrid()
	g.Vertical.Color = color.Gray{225}
	g.Horizontal.Color = color.Gray{225}
	p.Add(g)
	return p
}

// newChart wraps a plot as a chart of the default size.
func newChart(id, title, desc string, p *plot.Plot) *Chart {
	return &Chart{ID: id, Title: title, Description: desc, Width: defaultWidth, Height: defaultHeight, plot: p}
}

// rect returns a filled rectangle from (x0, y0) to (x1, y1) without an
// outline.
func rect(x0, y0, x1, y1 float64, c color.Color) *plotter.Polygon {
	pg, _ := plotter.NewPolygon(plotter.XYs{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
	pg.Color = c
	pg.LineStyle.Width = 0
	return pg
}

// swatch is a legend entry drawn as a filled square.
type swatch struct{ c color.Color }

// Thumbnail draws the swatch.
func (s swatch) Thumbnail(c *draw.Canvas) {
	pts := []vg.Point{{X: c.Min.X, Y: c.Min.Y}, {X: c.Max.X, Y: c.Min.Y}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Min.X, Y: c.Max.Y}}
	c.FillPolygon(s.c, c.ClipPolygonXY(pts))
}

// finite reports whether every value is finite.
func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// yearTicks labels whole years from lo to hi, every step years.
func yearTicks(lo, hi, step int) plot.ConstantTicks {
	var ts plot.ConstantTicks
	for y := lo; y <= hi; y++ {
		t := plot.Tick{Value: float64(y)}
		if (y-lo)%step == 0 {
			t.Label = fmt.Sprint(y)
		}
		ts = append(ts, t)
	}
	return ts
}

// groupedTicks returns the default ticks with labels written by f.
func groupedTicks(f func(float64) string) plot.Ticker {
	return plot.TickerFunc(func(lo, hi float64) []plot.Tick {
		ts := plot.DefaultTicks{}.Ticks(lo, hi)
		for i := range ts {
			if ts[i].Label != "" {
				ts[i].Label = f(ts[i].Value)
			}
		}
		return ts
	})
}

// thousands writes x with thousands separators and as few decimals as its
// tick needs.
func thousands(x float64) string {
	if x == math.Trunc(x) {
		return formatNumber(x, 0)
	}
	for p := 1; p < 4; p++ {
		if s := formatNumber(x, p); strings.TrimRight(s, "0") == s || p == 3 {
			return s
		}
	}
	return formatNumber(x, 3)
}

// render draws the chart with the canvas c.
func (c *Chart) render(canvas vg.CanvasWriterTo) ([]byte, error) {
	c.plot.Draw(draw.New(canvas))
	var b bytes.Buffer
	if _, err := canvas.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("report: chart %q: %w", c.ID, err)
	}
	return b.Bytes(), nil
}

// SVG returns the chart as an SVG document that can stand alone or be set
// inline in HTML: it starts at the svg element, carries the title and
// description as its first children for screen readers, and names
// fallback fonts metric-compatible with the one it was measured in.
func (c *Chart) SVG() ([]byte, error) {
	raw, err := c.render(vgsvg.New(c.Width, c.Height))
	if err != nil {
		return nil, err
	}
	s := string(raw)
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	end := strings.Index(s, ">")
	titleID := "chart-" + c.ID + "-title"
	head := strings.TrimSuffix(s[:end], "\n") + fmt.Sprintf(` role="img" aria-labelledby="%s" class="chart">`, titleID)
	meta := fmt.Sprintf("\n<title id=\"%s\">%s</title>", titleID, html.EscapeString(c.Title))
	if c.Description != "" {
		meta += "\n<desc>" + html.EscapeString(c.Description) + "</desc>"
	}
	s = head + meta + s[end+1:]
	s = fitText(s)
	s = strings.ReplaceAll(s, "font-family:Liberation Sans;", "font-family:'Liberation Sans',Arimo,Arial,Helvetica,sans-serif;")
	s = strings.ReplaceAll(s, "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "")
	return []byte(s), nil
}

// fitText gives every text element the width it was laid out with in
// Liberation Sans, so that a reader whose machine substitutes a wider or
// narrower face still sees the labels where the layout put them, clear of
// the swatches and axes: with the face itself, or Arial or Helvetica
// (metric-compatible), the width is what the face draws anyway. It reads
// the text elements as vgsvg writes them: the font size in the opening
// tag's style, escaped text, no child elements.
func fitText(s string) string {
	faces := map[float64]font.Face{}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for {
		i := strings.Index(s, "<text ")
		if i < 0 {
			break
		}
		open := strings.IndexByte(s[i:], '>')
		if open < 0 {
			break
		}
		open += i
		end := strings.Index(s[open:], "</text>")
		if end < 0 {
			break
		}
		end += open
		tag, text := s[i:open], s[open+1:end]
		b.WriteString(s[:open])
		if size, ok := fontSize(tag); ok && text != "" {
			face, ok := faces[size]
			if !ok {
				face = font.DefaultCache.Lookup(sans, font.Length(size))
				faces[size] = face
			}
			w := face.Width(html.UnescapeString(text)).Points()
			fmt.Fprintf(&b, ` textLength="%.5g" lengthAdjust="spacingAndGlyphs"`, w)
		}
		b.WriteString(s[open:end])
		s = s[end:]
	}
	b.WriteString(s)
	return b.String()
}

// fontSize reads the font size (in px, which are points in a chart's
// user units) from the style of a text element's opening tag.
func fontSize(tag string) (float64, bool) {
	_, rest, ok := strings.Cut(tag, "font-size:")
	if !ok {
		return 0, false
	}
	num, _, ok := strings.Cut(rest, "px")
	if !ok {
		return 0, false
	}
	size, err := strconv.ParseFloat(num, 64)
	return size, err == nil && size > 0
}

// PNG returns the chart as a PNG image at dpi dots per inch (96 when dpi
// is 0 or less).
func (c *Chart) PNG(dpi int) ([]byte, error) {
	if dpi <= 0 {
		dpi = 96
	}
	img := vgimg.NewWith(vgimg.UseWH(c.Width, c.Height), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
	return c.render(vgimg.PngCanvas{Canvas: img})
}
