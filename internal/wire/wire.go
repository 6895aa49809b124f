// Package wire decodes the module's JSON documents strictly: a field the
// target type does not have is an error, field names are matched exactly
// (encoding/json ignores case; "Amount" for "amount" is refused here, with
// a hint), and every failure names the path of the field at fault, such
// as streams[2].amounts[2024/25]. It never
// appears in an exported signature; packages report its [Error] through
// their own typed errors.
//
// Positions in a path count from 1, as a reader counts: streams[2] is the
// second stream. Map keys appear as written: amounts[2024/25].
package wire

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/opencommissioning/scp/internal/fault"
)

// Error is a failure to decode one field of a document.
type Error struct {
	Path string // the field's path; empty for the document as a whole
	Err  error  // the reason
}

// Error implements the error interface, without a package prefix: the
// package that reports it adds its own.
func (e *Error) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

// Decode decodes the JSON document data into v, a non-nil pointer, as
// json.Unmarshal does, but refuses fields that the target has not got or
// that differ from its names only in case ([fault.ErrUnknownField]) and
// returns every failure as an [*Error] with
// the path of the field. Types with their own UnmarshalJSON or
// UnmarshalText decode themselves; an [*Error] they return is placed
// below the path where they stand.
func Decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	t := reflect.TypeOf(v)
	if err == nil {
		if dec.More() {
			return &Error{Err: errors.New("data after the document")}
		}
		if t != nil && t.Kind() == reflect.Pointer {
			// encoding/json matches field names regardless of case; a
			// document that differs from a name only in case is refused.
			if e := (walker{}).walk(data, t.Elem(), ""); e != nil {
				return e
			}
		}
		return nil
	}
	if t == nil || t.Kind() != reflect.Pointer {
		return &Error{Err: err}
	}
	if found := (walker{leaves: true}).walk(data, t.Elem(), ""); found != nil {
		return found
	}
	var we *Error
	if errors.As(err, &we) {
		return we
	}
	return &Error{Err: err}
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// walker walks a document along its target type and returns the first
// field at fault. With leaves it decodes every leaf (and map key) to find
// the one that fails; without, it checks only that object keys name the
// target's fields exactly, for a document that has decoded. Types that
// decode themselves are leaves: they check their own documents.
type walker struct{ leaves bool }

// leaf decodes raw as a t when w decodes leaves.
func (w walker) leaf(raw []byte, t reflect.Type, path string) *Error {
	if !w.leaves {
		return nil
	}
	return leaf(raw, t, path)
}

func (w walker) walk(raw []byte, t reflect.Type, path string) *Error {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return nil
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(unmarshalerType) || (pt.Implements(textUnmarshalerType) && len(raw) > 0 && raw[0] == '"') {
		return w.leaf(raw, t, path)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return w.walk(raw, t.Elem(), path)
	case reflect.Struct:
		return w.object(raw, t, path)
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			return w.leaf(raw, t, path)
		}
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return &Error{Path: path, Err: err}
		}
		for i, it := range items {
			if e := w.walk(it, t.Elem(), path+"["+strconv.Itoa(i+1)+"]"); e != nil {
				return e
			}
		}
		return nil
	case reflect.Map:
		return w.mapping(raw, t, path)
	default:
		return w.leaf(raw, t, path)
	}
}

func (w walker) mapping(raw []byte, t reflect.Type, path string) *Error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return &Error{Path: path, Err: err}
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		p := path + "[" + k + "]"
		if w.leaves && reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
			key := reflect.New(t.Key())
			if err := key.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(k)); err != nil {
				return &Error{Path: p, Err: err}
			}
		}
		if e := w.walk(m[k], t.Elem(), p); e != nil {
			return e
		}
	}
	return nil
}

func (w walker) object(raw []byte, t reflect.Type, path string) *Error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return &Error{Path: path, Err: err}
	}
	fields := map[string]reflect.Type{}
	collectFields(t, fields)
	for _, k := range slices.Sorted(maps.Keys(m)) {
		p := k
		if path != "" {
			p = path + "." + k
		}
		ft, err := field(fields, k)
		if err != nil {
			return &Error{Path: p, Err: err}
		}
		if e := w.walk(m[k], ft, p); e != nil {
			return e
		}
	}
	return nil
}

// field returns the type of the field named k exactly, or an error that
// wraps [fault.ErrUnknownField] and names the field k differs from only in
// case, if there is one.
func field(fields map[string]reflect.Type, k string) (reflect.Type, error) {
	if ft, ok := fields[k]; ok {
		return ft, nil
	}
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if strings.EqualFold(name, k) {
			return nil, fmt.Errorf("%w (the field is %q: names are case-sensitive)", fault.ErrUnknownField, name)
		}
	}
	return nil, fault.ErrUnknownField
}

// collectFields records the JSON names of t's fields, including those of
// embedded structs, as encoding/json sees them.
func collectFields(t reflect.Type, into map[string]reflect.Type) {
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				collectFields(ft, into)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, dup := into[name]; !dup {
			into[name] = f.Type
		}
	}
}

// isDecimal reports whether t is the decimal library's Decimal, recognised
// by name so that this package does not depend on it.
func isDecimal(t reflect.Type) bool {
	return t.PkgPath() == "github.com/shopspring/decimal" && t.Name() == "Decimal"
}

// leaf decodes raw into a new value of t and reports its failure at path;
// an [*Error] from a type that decodes itself is placed below path.
func leaf(raw []byte, t reflect.Type, path string) *Error {
	err := json.Unmarshal(raw, reflect.New(t).Interface())
	if err == nil {
		return nil
	}
	var we *Error
	if errors.As(err, &we) {
		p := we.Path
		switch {
		case path == "":
		case p == "":
			p = path
		case strings.HasPrefix(p, "["):
			p = path + p
		default:
			p = path + "." + p
		}
		return &Error{Path: p, Err: we.Err}
	}
	if isDecimal(t) {
		// Never the decimal library's own message.
		return &Error{Path: path, Err: fmt.Errorf("%s is not a decimal number: %w", raw, fault.ErrSyntax)}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &Error{Path: path, Err: fmt.Errorf("cannot decode JSON %s into %s: %w", te.Value, te.Type, fault.ErrSyntax)}
	}
	return &Error{Path: path, Err: err}
}
