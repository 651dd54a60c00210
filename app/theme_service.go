package app

import (
	"errors"
	"strings"

	"otzvuk/analytics/text"
)

// ThemeService lets the analyst turn a proposed term into a theme of the municipality's own
// (a YAML file in themes/ next to the database); every view then counts it.
type ThemeService struct {
	st   *State
	emit Emitter
}

// NewThemeService creates the service; emit tells the views that the data changed.
func NewThemeService(st *State, emit Emitter) *ThemeService { return &ThemeService{st: st, emit: emit} }

// CreateThemeRequest is the new theme: its names and the words people wrote.
type CreateThemeRequest struct {
	NameBG string   `json:"nameBg"`
	NameEN string   `json:"nameEn"`
	Words  []string `json:"words"`
}

// CreateThemeResult is the new theme's id, or why there is none.
type CreateThemeResult struct {
	Outcome
	ID string `json:"id"`
}

// Bounds on what the window may send: a name, and a handful of words.
const (
	maxThemeName  = 80
	maxThemeWords = 20
)

// Create writes the theme, reads every comment again with it and tells the views.
func (s *ThemeService) Create(req CreateThemeRequest) CreateThemeResult {
	if s.st.Store == nil {
		return CreateThemeResult{Outcome: failed(problem("themes.write", nil, nil))}
	}
	if len([]rune(req.NameBG)) > maxThemeName || len([]rune(req.NameEN)) > maxThemeName || len(req.Words) > maxThemeWords ||
		strings.TrimSpace(req.NameBG) == "" || len(req.Words) == 0 {
		return CreateThemeResult{Outcome: failed(problem("themes.invalid", nil, nil))}
	}
	ts := s.st.Themes()
	id, err := text.CreateUserTheme(text.UserThemeDir(s.st.Store.Path), ts, text.NewUserTheme{
		Name: text.Name{BG: req.NameBG, EN: req.NameEN}, Words: req.Words})
	var te *text.ThemeError
	switch {
	case errors.Is(err, text.ErrThemeExists):
		return CreateThemeResult{Outcome: failed(problem("themes.exists", err, nil))}
	case errors.As(err, &te):
		return CreateThemeResult{Outcome: failed(problem("themes.invalid", err, map[string]string{"field": te.Field}))}
	case err != nil:
		return CreateThemeResult{Outcome: failed(problem("themes.write", err, nil))}
	}
	s.st.reloadThemes()
	ctx, done := s.st.query()
	defer done()
	if _, _, err := s.st.freshThemes(ctx); err != nil {
		return CreateThemeResult{ID: id, Outcome: failed(queryProblem(err))}
	}
	s.st.dropFirstOverview()
	if s.emit != nil {
		s.emit(ctx, "data:changed", 0)
	}
	return CreateThemeResult{Outcome: succeeded(), ID: id}
}
