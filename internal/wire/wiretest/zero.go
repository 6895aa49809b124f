package wiretest

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// ZeroValues checks, for each of ptrs, a pointer to the zero value of a
// type that crosses the wire (such as &Series{}), that the value marshals,
// that the JSON reads back into a new value of the type, and that the value
// read back marshals to the same JSON. Each failure is reported with the
// type and the test goes on to the next.
func ZeroValues(tb testing.TB, ptrs ...any) {
	tb.Helper()
	for _, p := range ptrs {
		typ := reflect.TypeOf(p)
		if typ == nil || typ.Kind() != reflect.Pointer {
			tb.Errorf("ZeroValues: %T is not a pointer", p)
			continue
		}
		b, err := json.Marshal(p)
		if err != nil {
			tb.Errorf("%v: Marshal: %v", typ.Elem(), err)
			continue
		}
		back := reflect.New(typ.Elem()).Interface()
		if err := json.Unmarshal(b, back); err != nil {
			tb.Errorf("%v: Unmarshal(%s): %v", typ.Elem(), b, err)
			continue
		}
		if b2, err := json.Marshal(back); err != nil || !bytes.Equal(b, b2) {
			tb.Errorf("%v: %s read back writes %s, %v", typ.Elem(), b, b2, err)
		}
	}
}

// CamelTags checks, for each of ptrs, a pointer to a struct type that
// crosses the wire, that every exported field has a camelCase JSON name
// (or "-"); an untagged embedded struct's fields are checked as the
// promoted fields they are.
func CamelTags(tb testing.TB, ptrs ...any) {
	tb.Helper()
	for _, p := range ptrs {
		if typ := reflect.TypeOf(p); typ != nil && typ.Kind() == reflect.Pointer && typ.Elem().Kind() == reflect.Struct {
			camelTags(tb, typ.Elem())
		}
	}
}

func camelTags(tb testing.TB, typ reflect.Type) {
	tb.Helper()
	for f := range typ.Fields() {
		tag, ok := f.Tag.Lookup("json")
		if f.Anonymous && !ok && f.Type.Kind() == reflect.Struct {
			camelTags(tb, f.Type) // promoted, even from an unexported type
			continue
		}
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		switch {
		case !ok || name == "":
			tb.Errorf("%v.%s has no JSON name", typ, f.Name)
		case name != "-" && (strings.ContainsAny(name, "_-") || unicode.IsUpper([]rune(name)[0])):
			tb.Errorf("%v.%s: JSON name %q is not camelCase", typ, f.Name, name)
		}
	}
}
