package investmenttest

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/opencommissioning/scp/investment"
)

// EquateMoney returns a [cmp.Option] that compares [investment.Money]
// values exactly by amount, so that £1.5 equals £1.50 and £1.50 differs from
// £1.51. It is what go-cmp does anyway through [investment.Money.Equal];
// use it to make the comparison explicit, or to override another option.
func EquateMoney() cmp.Option {
	return cmp.Comparer(func(a, b investment.Money) bool { return a.Equal(b) })
}

// EquateMoneyWithin returns a [cmp.Option] that treats two
// [investment.Money] values as equal when they differ by at most pence
// pence. EquateMoneyWithin(0) is [EquateMoney]. It panics if pence is
// negative, which is a programming error.
func EquateMoneyWithin(pence int64) cmp.Option {
	if pence < 0 {
		panic(fmt.Sprintf("investmenttest.EquateMoneyWithin(%d): negative tolerance", pence))
	}
	tol := investment.FromPence(pence)
	return cmp.Comparer(func(a, b investment.Money) bool {
		return a.Sub(b).Abs().Compare(tol) <= 0
	})
}
