package scp_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// source is one parsed Go file of the module, outside tests and testdata.
type source struct {
	path string // relative to the module root, with forward slashes
	pkg  string // the package's directory, such as "investment/investmenttest"
	file *ast.File
	fset *token.FileSet
}

// sources parses every non-test Go file of the module.
func sources(t *testing.T) []source {
	t.Helper()
	fset := token.NewFileSet()
	var out []source
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); p != "." && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		p = filepath.ToSlash(p)
		out = append(out, source{path: p, pkg: filepath.ToSlash(filepath.Dir(p)), file: f, fset: fset})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 50 {
		t.Fatalf("found only %d source files", len(out))
	}
	return out
}

// library reports whether a package directory belongs to the library
// proper: not the module root, an example program or an internal mechanism.
func library(dir string) bool {
	return dir != "." && !strings.HasPrefix(dir, "examples") && !strings.HasPrefix(dir, "internal")
}

var camelCase = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// TestJSONTagsCamelCase checks, in every struct type of the library that
// has a JSON tag on any field (wire forms included), that every exported
// field has one and that its name is camelCase.
func TestJSONTagsCamelCase(t *testing.T) {
	for _, s := range sources(t) {
		if !library(s.pkg) {
			continue
		}
		ast.Inspect(s.file, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok || !hasJSONTag(st) {
				return true
			}
			for _, f := range st.Fields.List {
				where := s.fset.Position(f.Pos()).String()
				name, tagged := jsonName(f)
				if !tagged {
					if len(f.Names) == 0 { // embedded: its fields are checked where it is declared
						continue
					}
					for _, id := range f.Names {
						if id.IsExported() {
							t.Errorf("%s: %s.%s has no json tag", where, ts.Name.Name, id.Name)
						}
					}
					continue
				}
				if name != "-" && name != "" && !camelCase.MatchString(name) {
					t.Errorf("%s: %s: json name %q is not camelCase", where, ts.Name.Name, name)
				}
			}
			return true
		})
	}
}

func hasJSONTag(st *ast.StructType) bool {
	for _, f := range st.Fields.List {
		if _, ok := jsonName(f); ok {
			return true
		}
	}
	return false
}

// jsonName returns the name in a field's json tag and whether it has one.
func jsonName(f *ast.Field) (string, bool) {
	if f.Tag == nil {
		return "", false
	}
	tag, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return "", false
	}
	v, ok := reflectTagLookup(tag, "json")
	if !ok {
		return "", false
	}
	name, _, _ := strings.Cut(v, ",")
	return name, true
}

// reflectTagLookup is reflect.StructTag.Lookup on a tag string.
func reflectTagLookup(tag, key string) (string, bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			return "", false
		}
		name := tag[:i]
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			return "", false
		}
		qv := tag[:i+1]
		tag = tag[i+1:]
		if name == key {
			v, err := strconv.Unquote(qv)
			return v, err == nil
		}
	}
	return "", false
}

// TestSentinelTexts checks every sentinel declared with errors.New in the
// library: its text carries no package prefix (the errors that wrap it add
// the prefix once), and no two packages declare the same reason, which
// must then be one value shared through internal/fault.
func TestSentinelTexts(t *testing.T) {
	prefix := regexp.MustCompile(`^[a-z][a-z0-9/]*: `)
	seen := map[string]string{} // text → where
	for _, s := range sources(t) {
		if !library(s.pkg) && !strings.HasPrefix(s.pkg, "internal") {
			continue
		}
		for _, d := range s.file.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if !id.IsExported() || !strings.HasPrefix(id.Name, "Err") || i >= len(vs.Values) {
						continue
					}
					text, ok := errorsNewText(vs.Values[i])
					if !ok {
						continue
					}
					where := s.fset.Position(id.Pos()).String()
					if prefix.MatchString(text) {
						t.Errorf("%s: %s = %q carries a package prefix", where, id.Name, text)
					}
					if other, dup := seen[text]; dup && !strings.HasPrefix(other, s.pkg+"/") {
						t.Errorf("%s: %s = %q is declared again (first at %s): share one value", where, id.Name, text, other)
					}
					seen[text] = where
				}
			}
		}
	}
}

func errorsNewText(e ast.Expr) (string, bool) {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return "", false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "New" {
		return "", false
	}
	if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "errors" {
		return "", false
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	text, err := strconv.Unquote(lit.Value)
	return text, err == nil
}

// TestFunctionLength checks that no function of the module is longer than
// 100 lines unless its doc comment says why it is long.
func TestFunctionLength(t *testing.T) {
	const limit = 100
	why := regexp.MustCompile(`(?i)\blong\b|\blength\b`)
	for _, s := range sources(t) {
		for _, d := range s.file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			n := s.fset.Position(fd.End()).Line - s.fset.Position(fd.Pos()).Line
			if n <= limit || (fd.Doc != nil && why.MatchString(fd.Doc.Text())) {
				continue
			}
			t.Errorf("%s: %s is %d lines: split it, or say in its comment why it is long", s.fset.Position(fd.Pos()), fd.Name.Name, n)
		}
	}
}

// TestTypedErrorsPrefix walks the exported error types of every library
// package: each Error method writes its package's prefix itself (a string
// literal "pkg: " or the package name handed to the shared message
// builder) and never strips a prefix from the error it wraps. A detail
// type that is only ever reported inside another error says so in its doc
// comment ("… which carries the prefix").
func TestTypedErrorsPrefix(t *testing.T) {
	all := sources(t)
	inner := map[string]bool{} // pkg.Type of detail errors
	for _, s := range all {
		for _, d := range s.file.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE && g.Doc != nil && strings.Contains(g.Doc.Text(), "which carries the prefix") {
				for _, spec := range g.Specs {
					inner[s.pkg+"."+spec.(*ast.TypeSpec).Name.Name] = true
				}
			}
		}
	}
	for _, s := range all {
		if !library(s.pkg) {
			continue
		}
		name := s.file.Name.Name
		for _, d := range s.file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != "Error" || fd.Body == nil {
				continue
			}
			recv := receiverName(fd)
			if !ast.IsExported(recv) || inner[s.pkg+"."+recv] {
				continue
			}
			var prefixed, strips bool
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BasicLit:
					if v, err := strconv.Unquote(n.Value); err == nil && (strings.HasPrefix(v, name+": ") || v == name) {
						prefixed = true
					}
				case *ast.SelectorExpr:
					if n.Sel.Name == "TrimPrefix" {
						strips = true
					}
				}
				return true
			})
			where := s.fset.Position(fd.Pos()).String()
			if !prefixed {
				t.Errorf("%s: (%s).Error does not write the prefix %q", where, recv, name+": ")
			}
			if strips {
				t.Errorf("%s: (%s).Error strips a prefix: wrap unprefixed reasons instead", where, recv)
			}
		}
	}
}

func receiverName(fd *ast.FuncDecl) string {
	e := fd.Recv.List[0].Type
	if st, ok := e.(*ast.StarExpr); ok {
		e = st.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
