package app

import (
	"encoding/base64"
	"errors"

	"otzvuk/analytics/store"
)

// The municipality's contact (e-mail, web page) and coat of arms, seen and set beside the report
// and the public site they appear in — what otzvuk settings --email, --website and
// --coat-of-arms do; the checks are the store's.

// ContactResult is the municipality's contact for the public site and its open data.
type ContactResult struct {
	Outcome
	Email   string `json:"email"`
	Website string `json:"website"`
}

// Contact reads the contact.
func (s *ReportService) Contact() ContactResult {
	ctx, done := s.st.query()
	defer done()
	c, err := store.GetContact(ctx, s.st.Store.DB)
	if err != nil {
		return ContactResult{Outcome: failed(queryProblem(err))}
	}
	return ContactResult{Outcome: succeeded(), Email: c.Email, Website: c.Website}
}

// SaveContact checks and stores both; an empty one clears it.
func (s *ReportService) SaveContact(email, website string) SaveResult {
	ctx, done := s.st.query()
	defer done()
	if err := store.SetContact(ctx, s.st.Store.DB, store.Contact{Email: email, Website: website}); err != nil {
		return SaveResult{Outcome: failed(settingProblem("errors.contact", err))}
	}
	return SaveResult{Outcome: succeeded()}
}

// CoatOfArmsResult is the stored coat of arms as an image the window shows (a data: URI), empty
// when none is set.
type CoatOfArmsResult struct {
	Outcome
	Image string `json:"image"`
	Type  string `json:"type"`
	Bytes int    `json:"bytes"`
}

// CoatOfArms reads the coat of arms.
func (s *ReportService) CoatOfArms() CoatOfArmsResult {
	ctx, done := s.st.query()
	defer done()
	c, err := store.GetCoatOfArms(ctx, s.st.Store.DB)
	if err != nil {
		return CoatOfArmsResult{Outcome: failed(queryProblem(err))}
	}
	return coatResult(c)
}

// SaveCoatOfArms checks and stores the image the user chose (its file name for the messages, its
// bytes in base64, as the page reads them); empty data clears it.
func (s *ReportService) SaveCoatOfArms(name, data string) CoatOfArmsResult {
	ctx, done := s.st.query()
	defer done()
	var c *store.CoatOfArms
	if data != "" {
		if len(data) > base64.StdEncoding.EncodedLen(store.MaxCoatOfArms) { // refused before decoding
			return CoatOfArmsResult{Outcome: failed(settingProblem("errors.coatOfArms", store.CoatOfArmsTooLarge(name)))}
		}
		raw, err := base64.StdEncoding.DecodeString(data)
		if err != nil {
			raw = nil // refused as not an image, naming the file
		}
		if c, err = store.CheckCoatOfArms(name, raw); err != nil {
			return CoatOfArmsResult{Outcome: failed(settingProblem("errors.coatOfArms", err))}
		}
	}
	if err := store.SetCoatOfArms(ctx, s.st.Store.DB, c); err != nil {
		return CoatOfArmsResult{Outcome: failed(settingProblem("errors.coatOfArms", err))}
	}
	return coatResult(c)
}

func coatResult(c *store.CoatOfArms) CoatOfArmsResult {
	if c == nil {
		return CoatOfArmsResult{Outcome: succeeded()}
	}
	return CoatOfArmsResult{Outcome: succeeded(), Image: c.DataURI(), Type: c.Type, Bytes: len(c.Data)}
}

// settingProblem: a refused setting under key with its reason in both languages (params bg, en),
// any other failure as a query problem.
func settingProblem(key string, err error) *Problem {
	var se *store.SettingError
	if errors.As(err, &se) {
		return problem(key, err, map[string]string{"bg": se.BG, "en": se.EN})
	}
	return queryProblem(err)
}
