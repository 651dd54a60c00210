package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"otzvuk/analytics/store"
)

// runSettings shows the municipality's identity, or sets it: the name the report prints and the
// EKATTE code that names the municipality in Parquet packages and pooled databases.
func runSettings(args []string, stdout, stderr io.Writer) int {
	fs := NewFlags("settings", stderr)
	db := dbFlag(fs)
	name := fs.String("municipality-name", "", "the municipality's name, e.g. \"Община Перущица\"")
	ekatte := fs.String("ekatte", "", "the municipality's EKATTE code (five digits); \"none\" clears it")
	preparedBy := fs.String("prepared-by", "", "who prepares the annual report, \"Name, position\" (none clears it)")
	approvedBy := fs.String("approved-by", "", "who approves the annual report, \"Name, position\" (none clears it)")
	email := fs.String("email", "", "the municipality's contact e-mail for published data (none clears it)")
	website := fs.String("website", "", "the municipality's web page, https://… (none clears it)")
	coat := fs.String("coat-of-arms", "", "the municipality's coat of arms for the report's title page and the public site: a PNG or JPEG file up to 512 KB (empty or none clears it)")
	fdr := fs.String("fdr-level", "", "the false discovery rate level in percent at which changes are called significant, 0.1–20 (default 5)")
	format := fs.String("format", "table", "output: table or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	coatGiven := false // --coat-of-arms "" clears: given, not merely left empty
	fs.Visit(func(f *flag.Flag) { coatGiven = coatGiven || f.Name == "coat-of-arms" })
	if *format != "table" && *format != "json" {
		fmt.Fprintf(stderr, "otzvuk settings: непознат формат %q (table, json) / unknown format %q (table, json)\n", *format, *format)
		return 2
	}
	cmd := newRun("settings", stdout, stderr)
	defer cmd.done()
	ctx := cmd.ctx
	s, ok := openDB(ctx, *db, mustExist, stderr)
	if !ok {
		return 1
	}
	defer s.Close()
	if s.Pooled(ctx) {
		if *name != "" || *ekatte != "" || *preparedBy != "" || *approvedBy != "" || *email != "" || *website != "" || *fdr != "" || coatGiven {
			refusePooled(ctx, s, "settings", stderr)
			return 1
		}
		return showPool(ctx, s, *format, stdout, stderr)
	}
	m, err := store.GetMunicipality(ctx, s.DB)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk settings:", err)
		return 1
	}
	if *name != "" || *ekatte != "" {
		if *name != "" {
			m.Name = *name
		}
		switch *ekatte {
		case "":
		case "none":
			m.EKATTE = ""
		default:
			m.EKATTE = *ekatte
		}
		if err := store.SetMunicipality(ctx, s.DB, m); err != nil {
			return settingFailed(stderr, err)
		}
	}
	for key, v := range map[string]string{"prepared_by": *preparedBy, "approved_by": *approvedBy} {
		if v == "" {
			continue
		}
		if err := store.SetSignatory(ctx, s.DB, key, v); err != nil {
			return settingFailed(stderr, err)
		}
	}
	contact, err := store.GetContact(ctx, s.DB)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk settings:", err)
		return 1
	}
	if *email != "" || *website != "" {
		set := func(dst *string, v string) {
			switch v {
			case "":
			case "none":
				*dst = ""
			default:
				*dst = v
			}
		}
		set(&contact.Email, *email)
		set(&contact.Website, *website)
		if err := store.SetContact(ctx, s.DB, contact); err != nil {
			return settingFailed(stderr, err)
		}
	}
	if coatGiven {
		var c *store.CoatOfArms // empty or none: cleared
		if *coat != "" && *coat != "none" {
			if c, err = store.ReadCoatOfArms(*coat); err != nil {
				return settingFailed(stderr, err)
			}
		}
		if err := store.SetCoatOfArms(ctx, s.DB, c); err != nil {
			return settingFailed(stderr, err)
		}
	}
	coatOfArms, err := store.GetCoatOfArms(ctx, s.DB)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk settings:", err)
		return 1
	}
	if *fdr != "" {
		pct, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(strings.TrimSuffix(*fdr, "%")), ",", ".", 1), 64)
		if err != nil {
			pct = -1 // refused below, in both languages
		}
		if err := store.SetFDRLevel(ctx, s.DB, pct/100); err != nil {
			return settingFailed(stderr, err)
		}
	}
	level, err := store.GetFDRLevel(ctx, s.DB)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk settings:", err)
		return 1
	}
	sig, err := store.GetSignatories(ctx, s.DB)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk settings:", err)
		return 1
	}
	if *format == "json" {
		json.NewEncoder(stdout).Encode(struct {
			Municipality store.Municipality `json:"municipality"`
			Key          string             `json:"key"`
			Contact      store.Contact      `json:"contact"`
			FDRLevel     float64            `json:"fdrLevel"`
			CoatOfArms   string             `json:"coatOfArms"` // its type and size, or empty
			store.Signatories
		}{m, m.Key(), contact, level, coatWords(coatOfArms), sig})
		return 0
	}
	code := m.EKATTE
	if code == "" {
		code = "(не е посочен / not set)"
	}
	fmt.Fprintf(stdout, "Община / Municipality: %s\nЕКАТТЕ / EKATTE:       %s\nКлюч / Key:            %s\n", m.Name, code, m.Key())
	unset := "(не е посочен / not set)"
	fmt.Fprintf(stdout, "Изготвил / Prepared by: %s\nУтвърдил / Approved by: %s\n", or(sig.PreparedBy, unset), or(sig.ApprovedBy, unset))
	fmt.Fprintf(stdout, "Ел. поща / E-mail:      %s\nУебсайт / Website:      %s\n", or(contact.Email, unset), or(contact.Website, unset))
	fmt.Fprintf(stdout, "Герб / Coat of arms:    %s\n", or(coatWords(coatOfArms), unset))
	fmt.Fprintf(stdout, "Ниво на FDR / FDR level: %s %%\n", strings.Replace(strconv.FormatFloat(100*level, 'f', -1, 64), ".", ",", 1))
	return 0
}

// showPool lists a pooled database's municipalities: a pool has no identity of its own.
func showPool(ctx context.Context, s *store.Store, format string, stdout, stderr io.Writer) int {
	type member struct {
		Key    string `json:"key"`
		Name   string `json:"name"`
		EKATTE string `json:"ekatte"`
	}
	rows, err := s.DB.QueryContext(ctx, `SELECT municipality, name, ekatte FROM pool_packages ORDER BY municipality`)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk settings: обединената база не може да бъде прочетена / the pooled database cannot be read:", err)
		return 1
	}
	defer rows.Close()
	members := []member{}
	for rows.Next() {
		var m member
		if err := rows.Scan(&m.Key, &m.Name, &m.EKATTE); err != nil {
			fmt.Fprintln(stderr, "otzvuk settings:", err)
			return 1
		}
		members = append(members, m)
	}
	if format == "json" {
		json.NewEncoder(stdout).Encode(struct {
			Pooled         bool     `json:"pooled"`
			Municipalities []member `json:"municipalities"`
		}{true, members})
		return 0
	}
	fmt.Fprintf(stdout, "Обединена база / pooled database: %d общини / municipalities\n", len(members))
	for _, m := range members {
		fmt.Fprintf(stdout, "  %-24s %-32s %s\n", m.Key, m.Name, m.EKATTE)
	}
	return 0
}

// coatWords describes the stored coat of arms ("PNG, 12 KB"); empty when none is set.
func coatWords(c *store.CoatOfArms) string {
	if c == nil {
		return ""
	}
	return strings.ToUpper(c.Ext()) + ", " + strconv.Itoa((len(c.Data)+1023)/1024) + " KB"
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// settingFailed reports a refused setting in both languages (exit 2) or a failure to store it (1).
func settingFailed(stderr io.Writer, err error) int {
	var se *store.SettingError
	if errors.As(err, &se) {
		fmt.Fprintf(stderr, "otzvuk settings: %s\notzvuk settings: %s\n", se.BG, se.EN)
		return 2
	}
	fmt.Fprintln(stderr, "otzvuk settings:", err)
	return 1
}
