package investment

import "github.com/opencommissioning/scp/internal/enum"

// StreamKind says where a funding stream comes from. The zero StreamKind is
// unset and fails validation.
type StreamKind int

// The kinds of funding stream of an Integration Joint Board.
const (
	// HealthBoard is the health board's payment to the IJB for delegated
	// health functions.
	HealthBoard StreamKind = iota + 1
	// Council is the local authority's payment to the IJB for delegated
	// social care functions.
	Council
	// SetAside is the health board's budget for large hospital services used
	// by the partnership's population: in scope of the plan, but not paid to
	// the IJB. Only set-aside lines may be charged to it.
	SetAside
	// RingFenced is a grant that may fund only the care groups it names
	// ([Stream.For]), such as alcohol and drug partnership money.
	RingFenced
	// OtherFunding is any other pooled funding (for example a contribution
	// from another partnership for a hosted service).
	OtherFunding
)

var streamKindCodec = enum.New[StreamKind]("investment", "StreamKind", 0, ErrUnknownKind,
	"", "health-board", "council", "set-aside", "ring-fenced", "other").WithError(nameError)

// String returns the kind's key, such as "health-board"; [ParseStreamKind]
// reads it back.
func (k StreamKind) String() string { return streamKindCodec.String(k) }

// Valid reports whether k is one of the kinds defined.
func (k StreamKind) Valid() bool { return streamKindCodec.Valid(k) }

// Pooled reports whether the stream funds spend lines that name no stream:
// health board, council and other funding. Set-aside and ring-fenced money
// funds only the lines charged to it.
func (k StreamKind) Pooled() bool { return k == HealthBoard || k == Council || k == OtherFunding }

// ParseStreamKind parses a key such as "council".
func ParseStreamKind(s string) (StreamKind, error) { return streamKindCodec.Parse(s) }

// MarshalText writes the key, and "" for the unset zero kind, so that zero
// values cross the wire; it fails for an unknown kind.
func (k StreamKind) MarshalText() ([]byte, error) { return marshalKind(streamKindCodec, k) }

// UnmarshalText reads a key, and "" as the unset zero kind; k is
// unchanged on error.
func (k *StreamKind) UnmarshalText(b []byte) error { return unmarshalKind(streamKindCodec, k, b) }

// CareGroup is the client or service group a spend line belongs to, the
// groups in which integration authorities report their budgets. The zero
// CareGroup is unset and fails validation.
type CareGroup int

// The care groups.
const (
	OlderPeople         CareGroup = iota + 1 // older people's services, including care homes and care at home
	MentalHealth                             // adult mental health
	LearningDisability                       // learning disability
	PhysicalDisability                       // physical disability
	Addictions                               // alcohol and drugs
	ChildrenAndFamilies                      // children and families (where delegated)
	PrimaryCare                              // GP services and prescribing
	Carers                                   // support for unpaid carers
	Hosted                                   // services hosted for several partnerships
	SetAsideServices                         // the set-aside for large hospital services
	Support                                  // management, support and corporate costs
	OtherServices                            // anything else
)

var careGroupCodec = enum.New[CareGroup]("investment", "CareGroup", 0, ErrUnknownKind, "", "older-people", "mental-health", "learning-disability",
	"physical-disability", "addictions", "children-and-families", "primary-care", "carers",
	"hosted", "set-aside", "support", "other").WithError(nameError)

var careGroupTitles = []string{"", "Older people", "Mental health", "Learning disability",
	"Physical disability", "Addictions", "Children and families", "Primary care and prescribing",
	"Unpaid carers", "Hosted services", "Set-aside", "Management and support", "Other"}

// String returns the group's key, such as "older-people"; [ParseCareGroup]
// reads it back.
func (g CareGroup) String() string { return careGroupCodec.String(g) }

// Valid reports whether g is one of the care groups defined.
func (g CareGroup) Valid() bool { return careGroupCodec.Valid(g) }

// Title returns the group as a table heading: "Older people".
func (g CareGroup) Title() string {
	if !g.Valid() {
		return g.String()
	}
	return careGroupTitles[g]
}

// ParseCareGroup parses a key such as "mental-health".
func ParseCareGroup(s string) (CareGroup, error) { return careGroupCodec.Parse(s) }

// MarshalText writes the key, and "" for the unset zero group, so that
// zero values cross the wire; it fails for an unknown group.
func (g CareGroup) MarshalText() ([]byte, error) { return marshalKind(careGroupCodec, g) }

// UnmarshalText reads a key, and "" as the unset zero group; g is
// unchanged on error.
func (g *CareGroup) UnmarshalText(b []byte) error { return unmarshalKind(careGroupCodec, g, b) }

// UpliftKind is a kind of cost that rises at its own rate each year. A
// spend line's [Mix] says how much of its cost is of each kind. The zero
// UpliftKind is unset and fails validation.
type UpliftKind int

// The kinds of uplift.
const (
	Pay           UpliftKind = iota + 1 // pay awards and employer's on-costs
	NonPay                              // general (non-pay) inflation
	ProviderRates                       // commissioned care: National Care Home Contract, living wage for care at home
	Prescribing                         // drug prices and volumes
	NotUplifted                         // cash-limited cost that never rises; its rate is always 0
)

var upliftKindCodec = enum.New[UpliftKind]("investment", "UpliftKind", 0, ErrUnknownKind,
	"", "pay", "non-pay", "provider-rates", "prescribing", "not-uplifted").WithError(nameError)

// String returns the kind's key, such as "provider-rates"; [ParseUpliftKind]
// reads it back.
func (k UpliftKind) String() string { return upliftKindCodec.String(k) }

// Valid reports whether k is one of the kinds defined.
func (k UpliftKind) Valid() bool { return upliftKindCodec.Valid(k) }

// ParseUpliftKind parses a key such as "pay".
func ParseUpliftKind(s string) (UpliftKind, error) { return upliftKindCodec.Parse(s) }

// MarshalText writes the key, and "" for the unset zero kind, so that zero
// values cross the wire; it fails for an unknown kind.
func (k UpliftKind) MarshalText() ([]byte, error) { return marshalKind(upliftKindCodec, k) }

// UnmarshalText reads a key, and "" as the unset zero kind; k is
// unchanged on error.
func (k *UpliftKind) UnmarshalText(b []byte) error { return unmarshalKind(upliftKindCodec, k, b) }

// PressureKind says why a cost pressure arises. The zero PressureKind is
// unset and fails validation.
type PressureKind int

// The kinds of pressure.
const (
	Demographic   PressureKind = iota + 1 // more people needing care, such as growth in the over-85s
	NewBurden                             // new duties or policy commitments from government
	OtherPressure                         // any other cost pressure
)

var pressureKindCodec = enum.New[PressureKind]("investment", "PressureKind", 0, ErrUnknownKind,
	"", "demographic", "new-burden", "other").WithError(nameError)

// String returns the kind's key, such as "new-burden".
func (k PressureKind) String() string { return pressureKindCodec.String(k) }

// Valid reports whether k is one of the kinds defined.
func (k PressureKind) Valid() bool { return pressureKindCodec.Valid(k) }

// ParsePressureKind parses a key such as "demographic".
func ParsePressureKind(s string) (PressureKind, error) { return pressureKindCodec.Parse(s) }

// MarshalText writes the key, and "" for the unset zero kind, so that zero
// values cross the wire; it fails for an unknown kind.
func (k PressureKind) MarshalText() ([]byte, error) { return marshalKind(pressureKindCodec, k) }

// UnmarshalText reads a key, and "" as the unset zero kind; k is
// unchanged on error.
func (k *PressureKind) UnmarshalText(b []byte) error { return unmarshalKind(pressureKindCodec, k, b) }

// ReserveKind distinguishes general (contingency) reserves from earmarked
// ones. The zero ReserveKind is unset and fails validation.
type ReserveKind int

// The kinds of reserve.
const (
	General   ReserveKind = iota + 1 // contingency, held against unplanned pressures
	Earmarked                        // held for a stated purpose, including ring-fenced grants carried forward
)

var reserveKindCodec = enum.New[ReserveKind]("investment", "ReserveKind", 0, ErrUnknownKind,
	"", "general", "earmarked").WithError(nameError)

// String returns the kind's key, "general" or "earmarked".
func (k ReserveKind) String() string { return reserveKindCodec.String(k) }

// Valid reports whether k is one of the kinds defined.
func (k ReserveKind) Valid() bool { return reserveKindCodec.Valid(k) }

// ParseReserveKind parses "general" or "earmarked".
func ParseReserveKind(s string) (ReserveKind, error) { return reserveKindCodec.Parse(s) }

// MarshalText writes the key, and "" for the unset zero kind, so that zero
// values cross the wire; it fails for an unknown kind.
func (k ReserveKind) MarshalText() ([]byte, error) { return marshalKind(reserveKindCodec, k) }

// UnmarshalText reads a key, and "" as the unset zero kind; k is
// unchanged on error.
func (k *ReserveKind) UnmarshalText(b []byte) error { return unmarshalKind(reserveKindCodec, k, b) }

// marshalKind writes the name of v, and "" for the unset zero value, which
// validation rejects but which must cross the wire like any zero value.
func marshalKind[T enum.Integer](c *enum.Codec[T], v T) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	return c.Marshal(v)
}

// unmarshalKind reads what [marshalKind] writes.
func unmarshalKind[T enum.Integer](c *enum.Codec[T], p *T, text []byte) error {
	if len(text) == 0 {
		*p = 0
		return nil
	}
	return c.Unmarshal(p, text)
}
