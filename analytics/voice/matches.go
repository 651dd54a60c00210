package voice

import (
	"context"
	"crypto/sha256"
	"database/sql/driver"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/duckdb/duckdb-go/v2"

	"otzvuk/analytics/store"
	"otzvuk/analytics/text"
)

// matcherVersion changes when the stemmer or the matching rules change, so that stored matches
// made by the older code are read again.
const matcherVersion = "1"

// refreshing keeps two refreshes of one process from reading the same texts twice.
var refreshing sync.Mutex

// ThemesHash identifies a theme set as matched: the definitions (not the files they came from)
// and the matcher's version.
func ThemesHash(ts *text.Themes) string {
	type def struct {
		ID, Parent, Negation           string
		Name                           text.Name
		Words, Stems, Phrases, Exclude []string
	}
	var defs []def
	for _, t := range ts.All() {
		defs = append(defs, def{t.ID, t.Parent, t.Negation, t.Name, t.Words, t.Stems, t.Phrases, t.Exclude})
	}
	body, _ := json.Marshal(defs)
	sum := sha256.Sum256(append([]byte(matcherVersion+"\n"), body...))
	return hex.EncodeToString(sum[:16])
}

// Refresh stores the themes of every comment and text not yet read with this theme set — after an
// import, or when the themes changed — and forgets those of records that are gone. It returns how
// many texts it read. Everything is written in one transaction.
func Refresh(ctx context.Context, s *store.Store, ts *text.Themes) (int, error) {
	refreshing.Lock()
	defer refreshing.Unlock()
	hash := ThemesHash(ts)
	rows, err := s.DB.QueryContext(ctx, `
SELECT c.source, c.id, c.text, md5(c.text)
FROM v_comment_texts c
LEFT JOIN theme_scans t ON t.source = c.source AND t.record_id = c.id AND t.text_md5 = md5(c.text) AND t.themes_hash = ?
WHERE t.record_id IS NULL`, hash)
	if err != nil {
		return 0, err
	}
	type read struct {
		source, id, md5 string
		themes          []string
	}
	var reads []read
	for rows.Next() {
		var r read
		var body string
		if err := rows.Scan(&r.source, &r.id, &body, &r.md5); err != nil {
			rows.Close()
			return 0, err
		}
		r.themes = ts.Match(body)
		reads = append(reads, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	var orphans int
	if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM theme_scans t
		WHERE NOT EXISTS (SELECT 1 FROM v_comment_texts c WHERE c.source = t.source AND c.id = t.record_id)`).Scan(&orphans); err != nil {
		return 0, err
	}
	if len(reads) == 0 && orphans == 0 {
		return 0, nil
	}
	err = s.Raw(ctx, func(dc driver.Conn) error {
		if err := store.Exec(ctx, dc, "BEGIN TRANSACTION"); err != nil {
			return err
		}
		if err := writeReads(ctx, dc, hash, func(fn func(source, id, md5 string, themes []string) error) error {
			for _, r := range reads {
				if err := fn(r.source, r.id, r.md5, r.themes); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			store.Exec(context.Background(), dc, "ROLLBACK")
			return err
		}
		return store.Exec(ctx, dc, "COMMIT")
	})
	return len(reads), err
}

// writeReads replaces the stored themes of the texts read and drops those of vanished records.
func writeReads(ctx context.Context, dc driver.Conn, hash string, each func(func(source, id, md5 string, themes []string) error) error) error {
	if err := store.Exec(ctx, dc, `CREATE OR REPLACE TEMP TABLE theme_reread (source VARCHAR, record_id VARCHAR)`); err != nil {
		return err
	}
	reread, err := duckdb.NewAppender(dc, "", "", "theme_reread")
	if err != nil {
		return fmt.Errorf("appender theme_reread: %w", err)
	}
	if err := each(func(source, id, _ string, _ []string) error { return reread.AppendRow(source, id) }); err != nil {
		reread.Close()
		return err
	}
	if err := reread.Close(); err != nil {
		return err
	}
	for _, q := range []string{
		`DELETE FROM theme_matches m WHERE EXISTS (SELECT 1 FROM theme_reread r WHERE r.source = m.source AND r.record_id = m.record_id)
		   OR NOT EXISTS (SELECT 1 FROM v_comment_texts c WHERE c.source = m.source AND c.id = m.record_id)`,
		`DELETE FROM theme_scans t WHERE EXISTS (SELECT 1 FROM theme_reread r WHERE r.source = t.source AND r.record_id = t.record_id)
		   OR NOT EXISTS (SELECT 1 FROM v_comment_texts c WHERE c.source = t.source AND c.id = t.record_id)`,
		`DROP TABLE theme_reread`,
	} {
		if err := store.Exec(ctx, dc, q); err != nil {
			return err
		}
	}
	scans, err := duckdb.NewAppender(dc, "", "", "theme_scans")
	if err != nil {
		return fmt.Errorf("appender theme_scans: %w", err)
	}
	matches, err := duckdb.NewAppender(dc, "", "", "theme_matches")
	if err != nil {
		scans.Close()
		return fmt.Errorf("appender theme_matches: %w", err)
	}
	err = each(func(source, id, md5 string, themes []string) error {
		if err := scans.AppendRow(source, id, md5, hash); err != nil {
			return err
		}
		for _, th := range themes {
			if err := matches.AppendRow(source, id, th); err != nil {
				return err
			}
		}
		return nil
	})
	if e := scans.Close(); err == nil {
		err = e
	}
	if e := matches.Close(); err == nil {
		err = e
	}
	return err
}
