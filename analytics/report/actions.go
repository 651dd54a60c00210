// Package report builds the annual report on user satisfaction (годишен доклад за оценка на
// удовлетвореността на потребителите): its numbers, a printable HTML document and an XLSX annex.
package report

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Action is what a department did with the feedback in a year, written by its staff in the app.
type Action struct {
	Department string    `json:"department"` // code
	Text       string    `json:"text"`
	UpdatedAt  time.Time `json:"updatedAt"`
}

// MaxActionLength bounds one department's text (a few pages of the report).
const MaxActionLength = 20000

// LoadActions returns the year's texts by department code.
func LoadActions(ctx context.Context, db *sql.DB, year int) (map[string]Action, error) {
	// A pooled database (otzvuk pool) has no actions: packages do not carry them.
	var tables int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_name = 'department_actions'`).Scan(&tables); err != nil {
		return nil, err
	}
	if tables == 0 {
		return map[string]Action{}, nil
	}
	rows, err := db.QueryContext(ctx, `SELECT department_code, text, updated_at FROM department_actions WHERE year = ?`, year)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Action{}
	for rows.Next() {
		var a Action
		if err := rows.Scan(&a.Department, &a.Text, &a.UpdatedAt); err != nil {
			return nil, err
		}
		out[a.Department] = a
	}
	return out, rows.Err()
}

// SaveAction stores (or, with empty text, removes) a department's text for a year.
func SaveAction(ctx context.Context, db *sql.DB, year int, dept, text string) error {
	text = strings.TrimSpace(text)
	if year < 2000 || year > 2100 {
		return fmt.Errorf("year %d out of range", year)
	}
	if !utf8.ValidString(text) || utf8.RuneCountInString(text) > MaxActionLength {
		return fmt.Errorf("the text must be valid UTF-8 of at most %d characters", MaxActionLength)
	}
	var known int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM departments WHERE code = ?`, dept).Scan(&known); err != nil {
		return err
	}
	if known == 0 {
		return fmt.Errorf("unknown department %q", dept)
	}
	if text == "" {
		_, err := db.ExecContext(ctx, `DELETE FROM department_actions WHERE year = ? AND department_code = ?`, year, dept)
		return err
	}
	_, err := db.ExecContext(ctx, `INSERT INTO department_actions (year, department_code, text, updated_at) VALUES (?, ?, ?, now())
		ON CONFLICT (year, department_code) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`, year, dept, text)
	return err
}
