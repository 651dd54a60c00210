package compare

import (
	"fmt"
	"math"
	"sync/atomic"
)

// The level is the municipality's choice (otzvuk settings --fdr-level, stored in the database):
// one for the whole process, which opens one database. Every screen, the report, the public page
// and the CLI read it here, so all of them call the same changes significant.
var level atomic.Uint64

func init() { level.Store(math.Float64bits(DefaultFDR)) }

// MinFDR and MaxFDR bound the level a municipality may choose (0,1 % to 20 %).
const (
	MinFDR = 0.001
	MaxFDR = 0.20
)

// FDRLevel is the false discovery rate at which families of comparisons are tested.
func FDRLevel() float64 { return math.Float64frombits(level.Load()) }

// SetFDRLevel sets the level; a value outside [MinFDR, MaxFDR] (or not a number) is refused.
func SetFDRLevel(x float64) error {
	if math.IsNaN(x) || x < MinFDR || x > MaxFDR {
		return fmt.Errorf("FDR level %v outside %v–%v", x, MinFDR, MaxFDR)
	}
	level.Store(math.Float64bits(x))
	return nil
}
