package wiretest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/opencommissioning/scp/internal/fault"
)

// DecodeProperty decodes the JSON document data into the value newValue
// returns and reports a broken property of the package pkg's decoding, or
// nil: a document the decoder refuses must be refused with an error that
// starts with pkg's prefix once and wraps a reason; a document it accepts
// must give a value that marshals, reads back and marshals to the same
// bytes. Fuzz targets of every decoding package share it.
func DecodeProperty(pkg string, newValue func() any, data []byte) error {
	v := newValue()
	if err := json.Unmarshal(data, v); err != nil {
		return refusal(pkg, fmt.Sprintf("%T from %s", v, data), err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("%T decoded from %s does not marshal: %v", v, data, err)
	}
	w := reflect.New(reflect.TypeOf(v).Elem()).Interface()
	if err := json.Unmarshal(b, w); err != nil {
		return fmt.Errorf("%T: %s, marshalled from %s, does not read back: %v", v, b, data, err)
	}
	if b2, err := json.Marshal(w); err != nil || !bytes.Equal(b, b2) {
		return fmt.Errorf("%T: marshalled %s, then %s (%v)", v, b, b2, err)
	}
	return nil
}

// ParseProperty runs the parser parse, a func(string) (T, error), on s and
// reports a broken property, or nil: text the parser refuses must be
// refused with an error that starts with pkg's prefix once and wraps a
// reason; a value it returns must, when it has a String method, parse back
// from that String to an equal value. It panics if parse has another type:
// that is a mistake in the test.
func ParseProperty(pkg string, parse any, s string) error {
	fn := reflect.ValueOf(parse)
	call := func(text string) (any, error) {
		out := fn.Call([]reflect.Value{reflect.ValueOf(text)})
		err, _ := out[1].Interface().(error)
		return out[0].Interface(), err
	}
	v, err := call(s)
	if err != nil {
		return refusal(pkg, fmt.Sprintf("%s(%q)", fn.Type(), s), err)
	}
	str, ok := v.(fmt.Stringer)
	if !ok {
		return nil
	}
	back, err := call(str.String())
	if err != nil {
		return fmt.Errorf("%v from %q does not parse back: %v", v, s, err)
	}
	if !reflect.DeepEqual(back, v) {
		return fmt.Errorf("%v from %q parses back to %v", v, s, back)
	}
	return nil
}

// refusal checks the error a package refused its input with.
func refusal(pkg, what string, err error) error {
	if perr := fault.Prefixed(err.Error(), pkg); perr != nil {
		return fmt.Errorf("%s: %v", what, perr)
	}
	if _, many := err.(interface{ Unwrap() []error }); !many && errors.Unwrap(err) == nil {
		return fmt.Errorf("%s: error %v wraps no reason", what, err)
	}
	return nil
}
