package backlog

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Register is a record kind with deadlines: service requests or signals.
type Register string

const (
	Requests Register = "requests"
	Signals  Register = "signals"
)

// ParseRegister reads requests or signals.
func ParseRegister(s string) (Register, error) {
	switch Register(s) {
	case Requests, Signals:
		return Register(s), nil
	}
	return "", fmt.Errorf("непознат регистър %q (requests, signals) / unknown register %q (requests, signals)", s, s)
}

// Query picks the items filed in [From, To] (inclusive, zero: unbounded), of one department or all.
type Query struct {
	Register   Register
	Department string // a code as stored; "" is every department
	From, To   time.Time
}

// The registers' items, from the same views the catalogue reads. A request is done when its status
// is completed (SVC_ONTIME's rule) and withdrawn when cancelled or refused; a signal is done when
// decided, withdrawn when left unexamined (not_processed), its deadline its receipt plus its
// deadline days (SPC_ONTIME's rule); praise has no deadline and is not an item. Only fixed text
// and ? placeholders reach DuckDB.
const (
	requestsSQL = `SELECT id, department_code, submitted_date, due_date,
       CASE WHEN status = 'completed' THEN completed_date END,
       status IN ('cancelled', 'refused'),
       status = 'completed' AND completed_date IS NULL
FROM v_service_requests`
	signalsSQL = `SELECT id, department_code, received_date, received_date + deadline_days,
       decided_date,
       coalesce(outcome, '') = 'not_processed',
       false
FROM v_signals WHERE kind <> 'praise'`
	requestsLastSQL = `SELECT max(greatest(submitted_date, coalesce(completed_date, submitted_date), coalesce(cancelled_date, submitted_date))) FROM v_service_requests`
	signalsLastSQL  = `SELECT max(greatest(received_date, coalesce(decided_date, received_date), coalesce(notified_date, received_date))) FROM v_signals WHERE kind <> 'praise'`
)

// Load reads the items of a query, in filing order.
func Load(ctx context.Context, db *sql.DB, q Query) ([]Item, error) {
	base, dateCol := requestsSQL, "submitted_date"
	if q.Register == Signals {
		base, dateCol = signalsSQL, "received_date"
	}
	var where []string
	var args []any
	if !q.From.IsZero() {
		where = append(where, dateCol+" >= ?::DATE")
		args = append(args, q.From.Format("2006-01-02"))
	}
	if !q.To.IsZero() {
		where = append(where, dateCol+" <= ?::DATE")
		args = append(args, q.To.Format("2006-01-02"))
	}
	if q.Department != "" {
		where = append(where, "department_code = ?")
		args = append(args, q.Department)
	}
	text := base
	if len(where) > 0 {
		joiner := " WHERE "
		if q.Register == Signals {
			joiner = " AND "
		}
		text += joiner + strings.Join(where, " AND ")
	}
	rows, err := db.QueryContext(ctx, text+" ORDER BY "+dateCol+", id", args...)
	if err != nil {
		return nil, fmt.Errorf("регистърът не може да се прочете / cannot read the register: %w", err)
	}
	defer rows.Close()
	var out []Item
	for rows.Next() {
		var it Item
		var due, done sql.NullTime
		if err := rows.Scan(&it.ID, &it.Department, &it.Filed, &due, &done, &it.Withdrawn, &it.Undated); err != nil {
			return nil, err
		}
		if due.Valid {
			it.Due = &due.Time
		}
		if done.Valid {
			it.Done = &done.Time
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// LastDate is the register's last date of any kind (filed, completed, cancelled; received,
// decided, notified): the day its data reach, at which open items are censored. ok is false for
// an empty register.
func LastDate(ctx context.Context, db *sql.DB, r Register) (time.Time, bool, error) {
	text := requestsLastSQL
	if r == Signals {
		text = signalsLastSQL
	}
	var t sql.NullTime
	if err := db.QueryRowContext(ctx, text).Scan(&t); err != nil {
		return time.Time{}, false, err
	}
	return t.Time, t.Valid, nil
}
