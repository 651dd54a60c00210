package cli

import (
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
func runSettings(c *run, args []string) int {
	fs := c.flags()
	db := dbFlag(fs)
	name := fs.String("municipality-name", "", "the municipality's name, e.g. \"Община Перущица\"")
	ekatte := fs.String("ekatte", "", "the municipality's EKATTE code (five digits); \"none\" clears it")
	preparedBy := fs.String("prepared-by", "", "who prepares the annual report, \"Name, position\" (none clears it)")
	approvedBy := fs.String("approved-by", "", "who approves the annual report, \"Name, position\" (none clears it)")
	email := fs.String("email", "", "the municipality's contact e-mail for published data (none clears it)")
	website := fs.String("website", "", "the municipality's web page, https://… (none clears it)")
	coatFile := fs.String("coat-of-arms", "", "the municipality's coat of arms for the report's title page and the public site: a PNG or JPEG file up to 512 KB (empty or none clears it)")
	fdr := fs.String("fdr-level", "", "the false discovery rate level in percent at which changes are called significant, 0.1–20 (default 5)")
	format := fs.String("format", "table", "output: table or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	coatGiven := false // --coat-of-arms "" clears: given, not merely left empty
	fs.Visit(func(f *flag.Flag) { coatGiven = coatGiven || f.Name == "coat-of-arms" })
	if !c.checkFormat(*format, "table", "json") {
		return 2
	}
	ctx := c.ctx
	s, ok := c.open(*db, mustExist)
	if !ok {
		return 1
	}
	defer s.Close()
	if s.Pooled(ctx) {
		if *name != "" || *ekatte != "" || *preparedBy != "" || *approvedBy != "" || *email != "" || *website != "" || *fdr != "" || coatGiven {
			refusePooled(ctx, s, "settings", c.stderr)
			return 1
		}
		return showPool(c, s, *format)
	}
	// Every value given is checked before any is stored: a refused one leaves the settings as
	// they were (a bad coat of arms given with a new name used to store the name and exit 2).
	m, err := store.GetMunicipality(ctx, s.DB)
	if err != nil {
		return c.fail(1, err)
	}
	contact, err := store.GetContact(ctx, s.DB)
	if err != nil {
		return c.fail(1, err)
	}
	changed := settingsChange{municipality: *name != "" || *ekatte != "", contact: *email != "" || *website != "", coat: coatGiven}
	if *name != "" {
		m.Name = *name
	}
	set := func(dst *string, v string) {
		switch v {
		case "":
		case "none":
			*dst = ""
		default:
			*dst = v
		}
	}
	set(&m.EKATTE, *ekatte)
	set(&contact.Email, *email)
	set(&contact.Website, *website)
	signatories := map[string]string{}
	for key, v := range map[string]string{"prepared_by": *preparedBy, "approved_by": *approvedBy} {
		if v != "" {
			signatories[key] = v
		}
	}
	var coat *store.CoatOfArms // empty or none: cleared
	var level float64
	checks := []func() error{
		func() error { return changedOr(changed.municipality, m.Check) },
		func() error { return changedOr(changed.contact, contact.Check) },
		func() error {
			for _, v := range signatories {
				if err := store.CheckSignatory(v); err != nil {
					return err
				}
			}
			return nil
		},
		func() (err error) {
			if coatGiven && *coatFile != "" && *coatFile != "none" {
				coat, err = store.ReadCoatOfArms(*coatFile)
			}
			return err
		},
		func() error {
			if *fdr == "" {
				return nil
			}
			pct, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(strings.TrimSuffix(*fdr, "%")), ",", ".", 1), 64)
			if err != nil {
				pct = -1 // refused in both languages
			}
			level = pct / 100
			return store.CheckFDRLevel(level)
		},
	}
	for _, check := range checks {
		if err := check(); err != nil {
			return settingFailed(c.stderr, err)
		}
	}
	writes := []func() error{
		func() error {
			return changedOr(changed.municipality, func() error { return store.SetMunicipality(ctx, s.DB, m) })
		},
		func() error {
			for key, v := range signatories {
				if err := store.SetSignatory(ctx, s.DB, key, v); err != nil {
					return err
				}
			}
			return nil
		},
		func() error {
			return changedOr(changed.contact, func() error { return store.SetContact(ctx, s.DB, contact) })
		},
		func() error {
			return changedOr(changed.coat, func() error { return store.SetCoatOfArms(ctx, s.DB, coat) })
		},
		func() error {
			return changedOr(*fdr != "", func() error { return store.SetFDRLevel(ctx, s.DB, level) })
		},
	}
	for _, write := range writes {
		if err := write(); err != nil {
			return settingFailed(c.stderr, err)
		}
	}
	coatOfArms, err := store.GetCoatOfArms(ctx, s.DB)
	if err != nil {
		return c.fail(1, err)
	}
	level, err = store.GetFDRLevel(ctx, s.DB)
	if err != nil {
		return c.fail(1, err)
	}
	sig, err := store.GetSignatories(ctx, s.DB)
	if err != nil {
		return c.fail(1, err)
	}
	settings := struct {
		Municipality store.Municipality `json:"municipality"`
		Key          string             `json:"key"`
		Contact      store.Contact      `json:"contact"`
		FDRLevel     float64            `json:"fdrLevel"`
		CoatOfArms   string             `json:"coatOfArms"` // its type and size, or empty
		store.Signatories
	}{m, m.Key(), contact, level, coatWords(coatOfArms), sig}
	return c.emit(*format, output{json: settings, table: func(w io.Writer) error {
		unset := "(" + say("notSet") + ")"
		// the labels' own widths line the values up, as they always have
		var err error
		line := func(label, pad, value string) {
			if err == nil {
				_, err = fmt.Fprintf(w, "%s:%s %s\n", label, pad, value)
			}
		}
		line(say("municipalityName"), "", m.Name)
		line(say("ekatte"), "      ", or(m.EKATTE, unset))
		line(say("key"), "           ", m.Key())
		line(say("preparedBy"), "", or(sig.PreparedBy, unset))
		line(say("approvedBy"), "", or(sig.ApprovedBy, unset))
		line(say("email"), "     ", or(contact.Email, unset))
		line(say("website"), "     ", or(contact.Website, unset))
		line(say("coatOfArms"), "   ", or(coatWords(coatOfArms), unset))
		line(say("fdrLevel"), "", strings.Replace(strconv.FormatFloat(100*level, 'f', -1, 64), ".", ",", 1)+" %")
		return err
	}})
}

// settingsChange says which groups of settings the command was given.
type settingsChange struct{ municipality, contact, coat bool }

// changedOr runs f when the setting was given.
func changedOr(given bool, f func() error) error {
	if !given {
		return nil
	}
	return f()
}

// showPool lists a pooled database's municipalities: a pool has no identity of its own.
func showPool(c *run, s *store.Store, format string) int {
	type member struct {
		Key    string `json:"key"`
		Name   string `json:"name"`
		EKATTE string `json:"ekatte"`
	}
	rows, err := s.DB.QueryContext(c.ctx, `SELECT municipality, name, ekatte FROM pool_packages ORDER BY municipality`)
	if err != nil {
		return c.fail(1, fmt.Errorf("%s: %w", say("poolUnreadable"), err))
	}
	defer rows.Close()
	members := []member{}
	for rows.Next() {
		var m member
		if err := rows.Scan(&m.Key, &m.Name, &m.EKATTE); err != nil {
			return c.fail(1, err)
		}
		members = append(members, m)
	}
	if err := rows.Err(); err != nil {
		return c.fail(1, err)
	}
	pool := struct {
		Pooled         bool     `json:"pooled"`
		Municipalities []member `json:"municipalities"`
	}{true, members}
	return c.emit(format, output{json: pool, table: func(w io.Writer) error {
		fmt.Fprintf(w, "%s: %d %s\n", say("pooledDatabase"), len(members), say("municipalities"))
		for _, m := range members {
			fmt.Fprintf(w, "  %-24s %-32s %s\n", m.Key, m.Name, m.EKATTE)
		}
		return nil
	}})
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
