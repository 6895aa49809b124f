package report

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ChartPath is where the Markdown of a document links a chart's SVG:
// "charts/" and the chart's id, as [Document.WriteFiles] writes them.
func ChartPath(c *Chart) string { return "charts/" + c.ID + ".svg" }

// WriteMarkdown writes the document as Markdown for a repository or a
// wiki: headings, paragraphs, the tables as GitHub-flavoured tables, each
// chart as an image linked at [ChartPath], the checklist and the
// decisions log.
func (d *Document) WriteMarkdown(w io.Writer) error {
	if err := d.Validate(); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# " + mdEscape(d.Title) + "\n\n")
	if d.Subtitle != "" {
		b.WriteString(mdEscape(d.Subtitle) + "\n\n")
	}
	if !d.Date.IsZero() {
		b.WriteString("*" + dateText(d.Date) + "*\n\n")
	}
	for _, s := range d.Sections {
		b.WriteString("## " + mdEscape(s.heading()) + "\n\n")
		for _, bl := range s.Blocks {
			switch {
			case bl.Table != nil:
				md, err := bl.Table.Markdown()
				if err != nil {
					return err
				}
				b.WriteString(md + "\n")
			case bl.Chart != nil:
				fmt.Fprintf(&b, "![%s](%s)\n\n", mdEscape(bl.Chart.Title), ChartPath(bl.Chart))
				if bl.Chart.Description != "" {
					b.WriteString("*" + mdEscape(bl.Chart.Description) + "*\n\n")
				}
			default:
				b.WriteString(mdEscape(bl.Paragraph) + "\n\n")
			}
		}
	}
	if len(d.Checklist) > 0 {
		b.WriteString("## Statutory checklist\n\n| requirement | source | result | evidence |\n| :--- | :--- | :--- | :--- |\n")
		for _, c := range d.Checklist {
			res := "not met"
			if c.Met {
				res = "met"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdEscape(c.Requirement), mdEscape(c.Source), res, mdEscape(c.Evidence))
		}
		b.WriteString("\n")
	}
	if len(d.Decisions) > 0 {
		b.WriteString("## Decisions log\n\n| date | stage | decision | by | rationale |\n| :--- | :--- | :--- | :--- | :--- |\n")
		for _, c := range d.Decisions {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", dateText(c.Date), mdEscape(c.Stage), mdEscape(c.Decision), mdEscape(c.By), mdEscape(c.Rationale))
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n"); err != nil {
		return fmt.Errorf("report: markdown: %w", err)
	}
	return nil
}

// Files names the files [Document.WriteFiles] writes in its directory.
type Files struct {
	HTML     string   // the HTML page
	Markdown string   // the Markdown
	Charts   []string // each chart's SVG, for the Markdown
}

// WriteFiles writes the document into dir, creating it if need be:
// report.html, report.md and each chart's SVG under charts/. It returns
// the paths written.
func (d *Document) WriteFiles(dir string) (Files, error) { return d.WriteFilesAs(dir, "report") }

// WriteFilesAs is [Document.WriteFiles] with the page and the Markdown
// named name.html and name.md, so that several documents can share a
// directory (and its charts/, their charts' ids kept apart).
func (d *Document) WriteFilesAs(dir, name string) (Files, error) {
	var f Files
	if err := d.Validate(); err != nil {
		return f, err
	}
	if err := os.MkdirAll(filepath.Join(dir, "charts"), 0o755); err != nil {
		return f, fmt.Errorf("report: %w", err)
	}
	write := func(name string, fn func(io.Writer) error) (string, error) {
		path := filepath.Join(dir, name)
		file, err := os.Create(path)
		if err != nil {
			return "", fmt.Errorf("report: %w", err)
		}
		err = fn(file)
		if cerr := file.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("report: %w", cerr)
		}
		return path, err
	}
	var err error
	if name == "" || strings.ContainsAny(name, `/\`) {
		return f, fmt.Errorf("report: file name %q: %w", name, ErrShape)
	}
	if f.HTML, err = write(name+".html", d.WriteHTML); err != nil {
		return f, err
	}
	if f.Markdown, err = write(name+".md", d.WriteMarkdown); err != nil {
		return f, err
	}
	for _, c := range d.Charts() {
		p, err := write(ChartPath(c), func(w io.Writer) error {
			svg, err := c.SVG()
			if err == nil {
				_, err = w.Write(svg)
			}
			return err
		})
		if err != nil {
			return f, err
		}
		f.Charts = append(f.Charts, p)
	}
	return f, nil
}
