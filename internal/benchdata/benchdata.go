// Package benchdata generates the data the benchmarks measure (make bench, the packages' Go
// benchmarks): one generator, so that every figure is of the same data.
package benchdata

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// RequestsProfile maps WriteRequests' columns.
const RequestsProfile = `
name: bench requests
record_kind: service_requests
source: {delimiter: ";"}
fields:
  id: {column: id}
  service_code: {column: service}
  department_code: {column: dept}
  channel: {column: channel}
  submitted_at: {column: submitted}
  due_date: {column: due}
  completed_at: {column: completed}
  status: {column: status}
  waiting_minutes: {column: waiting}
`

// RequestsProfileNewDepartments is RequestsProfile creating the departments the database does not
// know (a first import of a register).
const RequestsProfileNewDepartments = RequestsProfile + "new_departments: create\n"

// CardsProfile maps WriteCardsXLSX's columns.
const CardsProfile = `
name: bench cards
record_kind: feedback_cards
fields:
  id: {column: "№"}
  card_date: {column: "Дата"}
  department_code: {column: "Отдел"}
  source: {column: "Източник"}
  rating: {column: "Оценка"}
  text: {column: "Коментар"}
`

// WriteRequests writes n service requests in the Bulgarian way: ; separated, dd.mm.yyyy, decimal commas.
func WriteRequests(path string, n int) error { return WriteRequestsFrom(path, 0, n, "GRAO") }

// WriteRequestsFrom writes requests ЗУ-first … ЗУ-(first+n-1) of the department dept (a later
// month's export of the same register, or a register of a department new to the database).
func WriteRequestsFrom(path string, first, n int, dept string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("id;service;dept;channel;submitted;due;completed;status;waiting\n")
	channels := []string{"гише", "портал", "ССЕВ", "имейл", "поща"}
	for i := first; i < first+n; i++ {
		d := 1 + i%28
		m := 1 + (i/28)%12
		fmt.Fprintf(w, "ЗУ-%d;%d;%s;%s;%02d.%02d.2025 %02d:%02d;%02d.%02d.2025;%02d.%02d.2025 10:00;изпълнена;%d,%d\n",
			i, 1997+i%30, dept, channels[i%5], d, m, 8+i%9, i%60, min(d+7, 28), m, min(d+3, 28), m, i%40, i%10)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// WriteCardsXLSX writes n feedback cards as an XLSX sheet.
func WriteCardsXLSX(path string, n int) error {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	sw.SetRow("A1", []any{"№", "Дата", "Отдел", "Източник", "Оценка", "Коментар"})
	for i := 0; i < n; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		sw.SetRow(cell, []any{fmt.Sprintf("K%d", i), fmt.Sprintf("%02d.03.2026", 1+i%28), "GRAO", "box", 1 + i%5, "Коментар"})
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// DashboardSQL fills a migrated database with about `records` records across the record kinds
// with DuckDB's own bulk SQL (range + hash): three years of dates, 8 departments — responses n,
// ratings 4n, requests 4n, signals n/4, cards n/2 for n = records/10.
func DashboardSQL(records int) []string {
	n := records / 10
	return []string{
		`INSERT INTO departments (code, name) SELECT 'D' || i, 'Отдел ' || i FROM range(8) t(i)`,
		fmt.Sprintf(`INSERT INTO survey_responses (id, survey_id, response_date, department_code, channel, respondent_group, recommend_score, import_id)
		 SELECT 'r' || i, 's', DATE '2023-01-01' + (hash(i) %% 1095)::INTEGER, 'D' || (hash(i * 7) %% 8),
		   ['counter','portal','phone','email'][(1 + hash(i * 3) %% 4)::BIGINT], ['citizen','business','ngo'][(1 + hash(i * 5) %% 3)::BIGINT],
		   (hash(i * 11) %% 11)::INTEGER, 1 FROM range(%d) t(i)`, n),
		fmt.Sprintf(`INSERT INTO survey_ratings (response_id, item, rating, import_id)
		 SELECT 'r' || (i // 4), ['overall','courtesy','timeliness','outcome'][1 + i %% 4], 1 + hash(i * 17) %% 5, 1 FROM range(%d) t(i)`, 4*n),
		fmt.Sprintf(`INSERT INTO service_requests (id, department_code, channel, submitted_at, due_date, completed_at, status, waiting_minutes, import_id)
		 SELECT 'q' || i, 'D' || (hash(i * 7) %% 8), ['counter','portal','ssev','email'][(1 + hash(i * 3) %% 4)::BIGINT],
		   TIMESTAMP '2023-01-01 08:00' + INTERVAL (hash(i) %% 1095) DAY,
		   DATE '2023-01-08' + (hash(i) %% 1095)::INTEGER,
		   TIMESTAMP '2023-01-01 08:00' + INTERVAL (hash(i) %% 1095 + hash(i * 13) %% 12) DAY, 'completed',
		   (hash(i * 19) %% 45)::DOUBLE, 1 FROM range(%d) t(i)`, 4*n),
		fmt.Sprintf(`INSERT INTO signals (id, received_date, kind, department_code, decided_date, notified_date, outcome, implemented, import_id)
		 SELECT 'g' || i, DATE '2023-01-01' + (hash(i) %% 1095)::INTEGER, ['signal','complaint','proposal','praise'][(1 + hash(i * 3) %% 4)::BIGINT],
		   'D' || (hash(i * 7) %% 8), DATE '2023-01-01' + (hash(i) %% 1095 + hash(i * 5) %% 90)::INTEGER,
		   DATE '2023-01-01' + (hash(i) %% 1095 + hash(i * 5) %% 90 + 3)::INTEGER, 'upheld', hash(i) %% 2 = 0, 1 FROM range(%d) t(i)`, n/4),
		fmt.Sprintf(`INSERT INTO feedback_cards (id, card_date, department_code, rating, import_id)
		 SELECT 'c' || i, DATE '2023-01-01' + (hash(i) %% 1095)::INTEGER, 'D' || (hash(i * 7) %% 8), 1 + hash(i * 3) %% 5, 1 FROM range(%d) t(i)`, n/2),
	}
}

// PeakRSSMB is this process's peak resident memory in MB (Go and DuckDB together; Linux's VmHWM,
// 0 where there is none).
func PeakRSSMB() float64 {
	body, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			kb, _ := strconv.Atoi(strings.Fields(l)[1])
			return float64(kb) / 1024
		}
	}
	return 0
}
