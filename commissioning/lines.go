package commissioning

import (
	"fmt"
	"strconv"
	"strings"
)

// Lines is a set of an option's lines: [Capital], [Revenue], [Benefits]
// and [Effects], combined with |. [Costs] is Capital|Revenue. The zero
// Lines is the empty set.
type Lines uint8

// The lines of an option.
const (
	Capital  Lines = 1 << iota // capital costs
	Revenue                    // revenue (running) costs
	Benefits                   // monetised benefits
	Effects                    // health effects (QALYs), which are not money
	// Costs is capital and revenue together.
	Costs = Capital | Revenue
	// AllLines is every line.
	AllLines = Capital | Revenue | Benefits | Effects
)

var lineNames = [...]string{"capital", "revenue", "benefits", "effects"}

// String returns the set as names joined by "|", such as "capital|benefits";
// Costs prints as "capital|revenue" and the empty set as "none".
func (l Lines) String() string {
	if l == 0 {
		return "none"
	}
	var parts []string
	for i, n := range lineNames {
		if l&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := l &^ AllLines; rest != 0 {
		parts = append(parts, "Lines("+strconv.Itoa(int(rest))+")")
	}
	return strings.Join(parts, "|")
}

// MarshalText writes the set as [Lines.String] does; unknown bits are an
// error.
func (l Lines) MarshalText() ([]byte, error) {
	if l&^AllLines != 0 {
		return nil, &FieldError{Err: fmt.Errorf("Lines %q: %w", l.String(), ErrNoLines)}
	}
	return []byte(l.String()), nil
}

// UnmarshalText reads names joined by "|" (or ","), ignoring case and
// spaces; "costs" means capital|revenue, "all" every line, "none" the empty set.
func (l *Lines) UnmarshalText(text []byte) error {
	var v Lines
	for p := range strings.FieldsFuncSeq(strings.ToLower(string(text)), func(r rune) bool {
		return r == '|' || r == ',' || r == ' '
	}) {
		switch p {
		case "capital":
			v |= Capital
		case "revenue":
			v |= Revenue
		case "benefits", "benefit":
			v |= Benefits
		case "effects", "effect":
			v |= Effects
		case "costs", "cost":
			v |= Costs
		case "all":
			v |= AllLines
		case "none":
		default:
			return &FieldError{Err: fmt.Errorf("Lines %q: %w", text, ErrNoLines)}
		}
	}
	*l = v
	return nil
}

// lineIndex is the position of a single line in per-line arrays.
const (
	capitalIdx = iota
	revenueIdx
	benefitsIdx
	nLines     // the money lines; effects follow them
	effectsIdx = nLines
)

// lineOf returns the single-line set of index i.
func lineOf(i int) Lines { return Lines(1 << i) }
