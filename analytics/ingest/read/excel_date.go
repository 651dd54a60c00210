package read

import (
	"fmt"
	"math"
	"time"
)

// ExcelSerial turns an Excel serial day number (1900 date system) into a date-time.
func ExcelSerial(x float64) (time.Time, error) {
	if x < 1 || x > 2958465 {
		return time.Time{}, fmt.Errorf("not an Excel date")
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	days := math.Floor(x)
	secs := math.Round((x - days) * 86400)
	return base.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second), nil
}
