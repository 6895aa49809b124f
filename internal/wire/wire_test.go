package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/opencommissioning/scp/internal/fault"
)

type year int

func (y *year) UnmarshalText(b []byte) error {
	var a, c int
	if _, err := fmt.Sscanf(string(b), "%d/%d", &a, &c); err != nil {
		return errors.New("bad year")
	}
	*y = year(a)
	return nil
}

type amount string

func (a *amount) UnmarshalJSON(b []byte) error {
	if strings.Contains(string(b), "x") {
		return errors.New("bad amount")
	}
	*a = amount(b)
	return nil
}

type self struct{ Inner []int }

func (s *self) UnmarshalJSON(b []byte) error {
	var w struct {
		Inner []int `json:"inner"`
	}
	if err := Decode(b, &w); err != nil {
		return err
	}
	s.Inner = w.Inner
	return nil
}

type stream struct {
	ID      string          `json:"id"`
	Amounts map[year]amount `json:"amounts"`
}

type doc struct {
	Name    string   `json:"name"`
	Streams []stream `json:"streams"`
	Self    *self    `json:"self,omitempty"`
	Count   int      `json:"count"`
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		in, path string
		reason   error
	}{
		{`{"name":"a","streams":[{"id":"s"},{"id":"t","amounts":{"2024/25":"x"}}]}`, "streams[2].amounts[2024/25]", nil},
		{`{"name":"a","streams":[{"id":"s","amonts":{}}]}`, "streams[1].amonts", fault.ErrUnknownField},
		{`{"nmae":"a"}`, "nmae", fault.ErrUnknownField},
		{`{"streams":[{"amounts":{"2024":"1"}}]}`, "streams[1].amounts[2024]", nil},
		{`{"self":{"inner":[1],"outer":2}}`, "self.outer", fault.ErrUnknownField},
		{`{"count":"3"}`, "count", nil},
		{`{"name":"a"} {}`, "", nil},
		// Names are case-sensitive, at any depth, whether or not the rest
		// of the document decodes.
		{`{"name":"a","Count":2}`, "Count", fault.ErrUnknownField},
		{`{"streams":[{"id":"s"},{"ID":"t"}]}`, "streams[2].ID", fault.ErrUnknownField},
		{`{"Name":"a","count":"3"}`, "Name", fault.ErrUnknownField},
	} {
		var d doc
		err := Decode([]byte(tc.in), &d)
		var we *Error
		if !errors.As(err, &we) {
			t.Errorf("Decode(%s) = %v, want *Error", tc.in, err)
			continue
		}
		if we.Path != tc.path {
			t.Errorf("Decode(%s) path %q, want %q (%v)", tc.in, we.Path, tc.path, err)
		}
		if tc.reason != nil && !errors.Is(err, tc.reason) {
			t.Errorf("Decode(%s) = %v, want %v", tc.in, err, tc.reason)
		}
	}
	if err := Decode([]byte(`{"Count":2}`), &doc{}); err == nil || !strings.Contains(err.Error(), `the field is "count"`) {
		t.Errorf("a name differing in case: %v, want a hint naming the field", err)
	}
	var d doc
	if err := Decode([]byte(`{"name":"a","count":2,"streams":[{"id":"s","amounts":{"2024/25":"1"}}],"self":{"inner":[3]}}`), &d); err != nil {
		t.Fatalf("Decode of a good document: %v", err)
	}
	want, _ := json.Marshal(doc{Name: "a", Count: 2, Streams: []stream{{ID: "s", Amounts: map[year]amount{2024: `"1"`}}}, Self: &self{Inner: []int{3}}})
	got, _ := json.Marshal(d)
	if string(got) != string(want) {
		t.Errorf("decoded %s, want %s", got, want)
	}
}
