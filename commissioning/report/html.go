package report

import (
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"unicode"

	"codeberg.org/go-fonts/liberation/liberationsansregular"
)

//go:embed report.html.tmpl
var htmlSource string

// page is the template of the HTML page.
var page = template.Must(template.New("report").Parse(htmlSource))

// The view of a document the template prints.
type (
	htmlDoc struct {
		FontFace              template.CSS
		Title, Subtitle, Date string
		Sections              []htmlSection
		Checklist             []Check
		Decisions             []htmlDecision
	}
	htmlSection struct {
		Anchor, Heading string
		Blocks          []htmlBlock
	}
	htmlBlock struct {
		Paragraph string
		Table     *htmlTable
		Chart     *htmlChart
	}
	htmlTable struct {
		ID, Title, Stub string
		Columns         []htmlCell
		Rows            []htmlRow
		Notes           []string
	}
	htmlRow struct {
		Label, Class string
		Indent       bool
		Cells        []htmlCell
	}
	htmlCell struct {
		Heading, Text, Class string
	}
	htmlChart struct {
		ID, Caption string
		SVG         template.HTML
	}
	htmlDecision struct {
		Date, Stage, Decision, By, Rationale string
	}
)

// WriteHTML writes the document as one self-contained HTML page: its CSS
// and every chart's SVG inline, nothing fetched from elsewhere, a print
// stylesheet for A4. The page is also well-formed XML.
func (d *Document) WriteHTML(w io.Writer) error {
	v, err := d.htmlView()
	if err != nil {
		return err
	}
	if err := page.Execute(w, v); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return nil
}

// htmlView lays the document out for the template.
func (d *Document) htmlView() (*htmlDoc, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	v := &htmlDoc{FontFace: fontFace(), Title: d.Title, Subtitle: d.Subtitle, Date: dateText(d.Date), Checklist: d.Checklist}
	for _, dec := range d.Decisions {
		v.Decisions = append(v.Decisions, htmlDecision{dateText(dec.Date), dec.Stage, dec.Decision, dec.By, dec.Rationale})
	}
	for i, s := range d.Sections {
		hs := htmlSection{Anchor: fmt.Sprintf("s%d-%s", i+1, slug(s.Title)), Heading: s.heading()}
		for _, b := range s.Blocks {
			var hb htmlBlock
			switch {
			case b.Table != nil:
				t, err := htmlTableOf(b.Table)
				if err != nil {
					return nil, err
				}
				hb.Table = t
			case b.Chart != nil:
				svg, err := b.Chart.SVG()
				if err != nil {
					return nil, err
				}
				caption := b.Chart.Title
				if b.Chart.Description != "" {
					caption += ". " + b.Chart.Description
				}
				// The SVG is drawn by this package, with its text escaped.
				hb.Chart = &htmlChart{ID: b.Chart.ID, Caption: caption, SVG: template.HTML(svg)}
			default:
				hb.Paragraph = b.Paragraph
			}
			hs.Blocks = append(hs.Blocks, hb)
		}
		v.Sections = append(v.Sections, hs)
	}
	return v, nil
}

// htmlTableOf lays a table out for the template.
func htmlTableOf(t *Table) (*htmlTable, error) {
	rows, err := t.Published()
	if err != nil {
		return nil, err
	}
	ht := &htmlTable{ID: t.ID, Title: t.Title, Stub: t.Stub, Notes: t.Notes}
	class := func(k Kind) string {
		if k == Text {
			return "text"
		}
		return "num"
	}
	for _, c := range t.Columns {
		ht.Columns = append(ht.Columns, htmlCell{Heading: c.Heading, Class: class(c.Kind)})
	}
	for _, r := range rows {
		hr := htmlRow{Label: r.Label, Indent: r.Indent}
		switch r.Kind {
		case TotalRow:
			hr.Class = "total"
		case RoundingRow:
			hr.Class = "rounding"
		}
		for j, c := range r.Cells {
			cl := class(t.Columns[j].Kind)
			if cl == "text" && len([]rune(c)) <= 24 {
				cl += " short"
			}
			hr.Cells = append(hr.Cells, htmlCell{Text: c, Class: cl})
		}
		ht.Rows = append(ht.Rows, hr)
	}
	return ht, nil
}

// fontFace returns the CSS rule that embeds Liberation Sans (SIL Open
// Font License), the face the charts are measured in, so that their text
// fits as drawn whatever fonts the reader's machine has.
var fontFace = sync.OnceValue(func() template.CSS {
	return template.CSS("@font-face { font-family: 'Liberation Sans'; font-style: normal; font-weight: 400; src: url(data:font/ttf;base64," +
		base64.StdEncoding.EncodeToString(liberationsansregular.TTF) + ") format('truetype'); }")
})

// slug returns a lower-case anchor of letters, digits and hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
