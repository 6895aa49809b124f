package report

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// TestHTMLWellFormed parses the page as XML (strictly, so that it is
// well-formed), finds every chart as an inline SVG with a title, and
// finds no reference outside the page.
func TestHTMLWellFormed(t *testing.T) {
	doc := testDocument(t)
	var b bytes.Buffer
	if err := doc.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict = true
	var (
		stack  []string
		svgs   = map[string]bool{} // figure id → has an svg with a title
		figure string
		inSVG  int
		titled bool
		tables int
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("page is not well-formed: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			stack = append(stack, e.Name.Local)
			for _, a := range e.Attr {
				checkReference(t, e.Name.Local, a)
			}
			switch e.Name.Local {
			case "figure":
				for _, a := range e.Attr {
					if a.Name.Local == "id" {
						figure = a.Value
					}
				}
			case "svg":
				inSVG++
				titled = false
			case "table":
				tables++
			case "script", "link", "iframe", "img", "object", "embed":
				t.Errorf("page has a <%s> element", e.Name.Local)
			}
		case xml.EndElement:
			if e.Name.Local == "svg" {
				inSVG--
				svgs[figure] = titled
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "title" && inSVG > 0 && strings.TrimSpace(string(e)) != "" {
				titled = true
			}
		}
	}
	for _, c := range doc.Charts() {
		ok, found := svgs["chart-"+c.ID]
		if !found {
			t.Errorf("chart %s is not inline SVG in the page", c.ID)
		} else if !ok {
			t.Errorf("chart %s has no <title>", c.ID)
		}
	}
	if want := len(doc.Tables()) + 2; tables != want {
		t.Errorf("page has %d tables, want %d (with the checklist and the decisions log)", tables, want)
	}
	for _, bad := range []string{"@import", "url(http", "url(//", "<b>not bold</b>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !strings.Contains(page, "@media print") {
		t.Error("page has no print stylesheet")
	}
}

// checkReference fails on an attribute that refers outside the page.
func checkReference(t *testing.T, elem string, a xml.Attr) {
	t.Helper()
	switch a.Name.Local {
	case "href", "src", "action", "srcset", "poster":
		if !strings.HasPrefix(a.Value, "#") && !strings.HasPrefix(a.Value, "data:") {
			t.Errorf("<%s %s=%q> refers outside the page", elem, a.Name.Local, a.Value)
		}
	case "style":
		if strings.Contains(a.Value, "url(") {
			t.Errorf("<%s style=%q> loads a resource", elem, a.Value)
		}
	}
}
