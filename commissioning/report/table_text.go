package report

import (
	"strings"
	"unicode/utf8"
)

// Text returns the table as plain text in fixed-width columns: the title,
// the headings, the published rows (labels left, figures right, a rule
// above each total) and the notes. The table must be valid.
func (t *Table) Text() (string, error) {
	rows, err := t.Published()
	if err != nil {
		return "", err
	}
	widths := make([]int, len(t.Columns)+1)
	widths[0] = utf8.RuneCountInString(t.Stub)
	for j, c := range t.Columns {
		widths[j+1] = utf8.RuneCountInString(c.Heading)
	}
	for _, r := range rows {
		widths[0] = max(widths[0], utf8.RuneCountInString(label(r)))
		for j, c := range r.Cells {
			widths[j+1] = max(widths[j+1], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	b.WriteString(t.Title + "\n\n")
	line := func(first string, cells []string, right func(int) bool) {
		var l strings.Builder
		l.WriteString(pad(first, widths[0], false))
		for j, c := range cells {
			l.WriteString("  " + pad(c, widths[j+1], right(j)))
		}
		b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
	}
	heads := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		heads[j] = c.Heading
	}
	line(t.Stub, heads, func(j int) bool { return t.Columns[j].Kind != Text })
	for _, r := range rows {
		if r.Kind == TotalRow {
			rules := make([]string, len(r.Cells))
			for j := range rules {
				if t.Columns[j].Kind == Money {
					rules[j] = strings.Repeat("-", widths[j+1])
				}
			}
			line("", rules, func(int) bool { return true })
		}
		line(label(r), r.Cells, func(j int) bool { return t.Columns[j].Kind != Text })
	}
	for _, n := range t.Notes {
		b.WriteString("\n" + n)
	}
	if len(t.Notes) > 0 {
		b.WriteString("\n")
	}
	return b.String(), nil
}

// label returns a published row's label, indented for an analysis line.
func label(r PublishedRow) string {
	if r.Indent {
		return "  " + r.Label
	}
	return r.Label
}

// pad pads s with spaces to w runes, on the left when right-aligned.
func pad(s string, w int, right bool) string {
	n := w - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	if right {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}

// Markdown returns the table as a GitHub-flavoured Markdown table under a
// bold title, totals in bold, figures right-aligned, notes after it.
func (t *Table) Markdown() (string, error) {
	rows, err := t.Published()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("**" + mdEscape(t.Title) + "**\n\n")
	b.WriteString("| " + mdEscape(t.Stub) + " |")
	for _, c := range t.Columns {
		b.WriteString(" " + mdEscape(c.Heading) + " |")
	}
	b.WriteString("\n| :--- |")
	for _, c := range t.Columns {
		if c.Kind == Text {
			b.WriteString(" :--- |")
		} else {
			b.WriteString(" ---: |")
		}
	}
	b.WriteString("\n")
	for _, r := range rows {
		lab := mdEscape(r.Label)
		if r.Indent {
			lab = "&nbsp;&nbsp;" + mdEscape(r.Label)
		}
		strong := func(s string) string {
			if r.Kind == TotalRow && s != "" {
				return "**" + s + "**"
			}
			return s
		}
		b.WriteString("| " + strong(lab) + " |")
		for _, c := range r.Cells {
			b.WriteString(" " + strong(mdEscape(c)) + " |")
		}
		b.WriteString("\n")
	}
	for _, n := range t.Notes {
		b.WriteString("\n" + mdEscape(n) + "\n")
	}
	return b.String(), nil
}

// mdReplacer escapes the characters that would break a Markdown table
// cell, start emphasis or open raw HTML.
var mdReplacer = strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "\n", " ", "<", "&lt;", ">", "&gt;")

// mdEscape escapes text for Markdown: plain text stays plain.
func mdEscape(s string) string { return mdReplacer.Replace(s) }
