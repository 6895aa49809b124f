package pbma

import (
	"encoding/binary"
	"testing"

	"github.com/opencommissioning/scp/investment"
)

// FuzzAnalyse builds exercises from arbitrary bytes (amounts in pence,
// benefits in tenths) and checks the recommendation's invariants: resource
// neutrality to the penny, spend conserved by programme, every shift
// gaining more than it loses, every item accounted for.
func FuzzAnalyse(f *testing.F) {
	f.Add([]byte{2, 0, 1, 0, 0, 0, 5, 200, 0, 1, 0, 0, 3, 100, 1, 2, 0, 0, 0, 9, 50, 0})
	f.Add([]byte{1, 1, 255, 255, 255, 255, 0, 0, 1, 1, 1, 1, 7, 7, 7, 7})
	f.Add([]byte{3, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 2 {
			return
		}
		nProg := 1 + int(b[0]%4)
		e := Exercise{Headroom: investment.FromPence(int64(b[1]) * 1000)}
		b = b[2:]
		for p := range nProg {
			e.Programmes = append(e.Programmes, Programme{ID: string(rune('P' + p)), Spend: investment.FromPence(1 << 40)})
		}
		for i := 0; len(b) >= 6; i++ {
			amount := int64(binary.LittleEndian.Uint32(b)) + 1
			benefit := float64(b[4]) / 10
			flags := b[5]
			b = b[6:]
			prog := e.Programmes[int(flags>>2)%nProg].ID
			id := string(rune('a'+i%26)) + string(rune('0'+i/26))
			if flags&1 == 0 {
				e.WishList = append(e.WishList, Proposal{ID: id, Programme: prog,
					Cost: investment.FromPence(amount), Benefit: benefit, Divisible: flags&2 != 0})
			} else {
				e.HitList = append(e.HitList, Disinvestment{ID: id, Programme: prog,
					Saving: investment.FromPence(amount), BenefitLost: benefit, Divisible: flags&2 != 0})
			}
		}
		r, err := Analyse(e)
		if err != nil {
			t.Fatalf("valid exercise rejected: %v", err)
		}
		checkInvariants(t, e, r)
	})
}
