package read

import (
	"testing"
	"time"
)

func TestExcelSerial(t *testing.T) {
	if got, _ := ExcelSerial(45721.5); !got.Equal(time.Date(2025, 3, 5, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("Excel serial 45721.5 = %v", got)
	}
	for _, bad := range []float64{0, -1, 2958466} {
		if _, err := ExcelSerial(bad); err == nil {
			t.Errorf("Excel serial %v accepted", bad)
		}
	}
}
