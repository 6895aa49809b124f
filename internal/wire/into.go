package wire

// Into decodes the JSON document data with [Decode] into a new T and
// stores it in *dst only when the whole document decodes; otherwise *dst
// is unchanged and the failure goes through wrap, which turns it into the
// package's own typed error. A package's UnmarshalJSON uses it on a type
// without that method, so as not to call itself:
//
//	func (p *Problem) UnmarshalJSON(data []byte) error {
//		type plain Problem
//		return wire.Into(data, (*plain)(p), fieldError)
//	}
func Into[T any](data []byte, dst *T, wrap func(*Error) error) error {
	var v T
	if err := Decode(data, &v); err != nil {
		we, ok := err.(*Error)
		if !ok {
			we = &Error{Err: err}
		}
		return wrap(we)
	}
	*dst = v
	return nil
}

// Message returns the message of a package's typed error for a failure at
// path: "pkg: path: reason", or "pkg: reason" when path is empty.
func Message(pkg, path string, err error) string {
	if path == "" {
		return pkg + ": " + err.Error()
	}
	return pkg + ": " + path + ": " + err.Error()
}
