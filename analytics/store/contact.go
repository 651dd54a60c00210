package store

import (
	"context"
	"database/sql"
	"net/mail"
	"net/url"
	"strings"
	"unicode"
)

// Contact is how the public reaches the municipality about its published data: an e-mail address
// and a web page, the open data's DCAT contact point. Kept apart from Municipality so a form that
// sets the name never clears them.
type Contact struct {
	Email   string `json:"email"`
	Website string `json:"website"`
}

// GetContact reads the contact; absent keys are empty.
func GetContact(ctx context.Context, db *sql.DB) (Contact, error) {
	var c Contact
	err := readSettings(ctx, db, map[string]*string{"municipality_email": &c.Email, "municipality_website": &c.Website})
	return c, err
}

// SetContact checks and stores the contact (parameters only, never SQL text).
func SetContact(ctx context.Context, db *sql.DB, c Contact) error {
	if err := c.Check(); err != nil {
		return err
	}
	for k, v := range map[string]string{"municipality_email": c.Email, "municipality_website": c.Website} {
		if err := writeSetting(ctx, db, k, v); err != nil {
			return err
		}
	}
	return nil
}

// Check refuses an e-mail that is not one plain address and a web page that is not an absolute
// http(s) address; empty is allowed (not set). Both end up in published metadata as mailto: and
// http(s) URIs, so nothing else — no display names, no javascript: or data: — gets through.
func (c Contact) Check() error {
	for _, s := range []string{c.Email, c.Website} {
		if len(s) > 254 || strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) >= 0 {
			return &SettingError{"адресът за контакт е твърде дълъг или съдържа интервал или управляващ знак",
				"the contact address is too long or contains a space or a control character"}
		}
	}
	if c.Email != "" {
		a, err := mail.ParseAddress(c.Email)
		if err != nil || a.Address != c.Email || a.Name != "" {
			return &SettingError{"„" + c.Email + "“ не е адрес на електронна поща", "\"" + c.Email + "\" is not an e-mail address"}
		}
	}
	if c.Website != "" {
		u, err := url.Parse(c.Website)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
			return &SettingError{"„" + c.Website + "“ не е уеб адрес, започващ с https://", "\"" + c.Website + "\" is not a web address starting with https://"}
		}
	}
	return nil
}
