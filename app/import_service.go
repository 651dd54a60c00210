package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/ingest/suggest"
	"otzvuk/analytics/methodology"
	"otzvuk/profiles"
)

// ImportService is the import wizard's backend: pick a file, pick or draft a profile, preview,
// import with progress ("import:progress" events) and cancel, then the summary and quarantine.
type ImportService struct {
	st       *State
	emit     Emitter
	pickFile func() (string, error)
	saveFile func(defaultName string) (string, error)

	run singleRun
}

// NewImportService creates the service; pickFile and saveFile open the native dialogs (nil in tests).
func NewImportService(st *State, emit Emitter, pickFile func() (string, error), saveFile func(string) (string, error)) *ImportService {
	return &ImportService{st: st, emit: emit, pickFile: pickFile, saveFile: saveFile}
}

// FileChoice is the file the user picked.
type FileChoice struct {
	Path    string   `json:"path"`
	Problem *Problem `json:"problem,omitempty"`
}

// ChooseFile opens the native file dialog.
func (s *ImportService) ChooseFile() FileChoice {
	if s.pickFile == nil {
		return FileChoice{}
	}
	p, err := s.pickFile()
	if err != nil {
		return FileChoice{Problem: problem("errors.dialog", err, nil)}
	}
	return FileChoice{Path: p}
}

// ProfileInfo is a profile the wizard can offer.
type ProfileInfo struct {
	ID      string `json:"id"` // "example:NAME" or "saved:NAME"
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	YAML    string `json:"yaml"`
	Example bool   `json:"example"`
}

// ProfilesResult lists the saved and example profiles.
type ProfilesResult struct {
	Outcome
	Profiles []ProfileInfo `json:"profiles"`
}

func (s *ImportService) profileDir() string {
	return filepath.Join(filepath.Dir(s.st.Store.Path), "profiles")
}

// Profiles lists the profiles saved next to the database and the shipped examples.
func (s *ImportService) Profiles() ProfilesResult {
	var out []ProfileInfo
	add := func(id string, body []byte, example bool) {
		p, err := ingest.ParseProfile(id, body)
		if err != nil {
			return
		}
		out = append(out, ProfileInfo{ID: id, Name: p.Name, Kind: p.RecordKind, YAML: string(body), Example: example})
	}
	files, _ := filepath.Glob(filepath.Join(s.profileDir(), "*.yaml"))
	sort.Strings(files)
	for _, f := range files {
		if body, err := os.ReadFile(f); err == nil {
			add("saved:"+strings.TrimSuffix(filepath.Base(f), ".yaml"), body, false)
		}
	}
	examples, _ := fs.Glob(profiles.Examples, "examples/*.yaml")
	for _, f := range examples {
		body, _ := profiles.Examples.ReadFile(f)
		add("example:"+strings.TrimSuffix(filepath.Base(f), ".yaml"), body, true)
	}
	return ProfilesResult{Outcome: succeeded(), Profiles: out}
}

var safeName = regexp.MustCompile(`[^\p{L}\p{N}_-]+`)

// SaveProfile stores a profile for next month; the YAML is checked first.
func (s *ImportService) SaveProfile(name, yamlText string) ProfilesResult {
	if _, err := ingest.ParseProfile(name, []byte(yamlText)); err != nil {
		return ProfilesResult{Outcome: failed(problem("errors.badProfile", err, nil))}
	}
	file := strings.Trim(safeName.ReplaceAllString(name, "-"), "-")
	if file == "" {
		return ProfilesResult{Outcome: failed(problem("errors.badProfile", errors.New("empty profile name"), nil))}
	}
	if err := os.MkdirAll(s.profileDir(), 0o755); err != nil {
		return ProfilesResult{Outcome: failed(problem("errors.saveFailed", err, nil))}
	}
	if err := os.WriteFile(filepath.Join(s.profileDir(), file+".yaml"), []byte(yamlText), 0o644); err != nil {
		return ProfilesResult{Outcome: failed(problem("errors.saveFailed", err, nil))}
	}
	return s.Profiles()
}

// PreviewRequest names a file and a profile (its YAML; empty to get a suggestion).
type PreviewRequest struct {
	Path        string `json:"path"`
	ProfileYAML string `json:"profileYaml"`
}

// PreviewCell is one shown cell and what is wrong with it, if anything.
type PreviewCell struct {
	Value   string `json:"value"`
	Problem string `json:"problem,omitempty"`
}

// PreviewResult: how the file reads, its first rows with every failing cell, and a suggested profile.
type PreviewResult struct {
	Outcome
	Source      read.SourceInfo  `json:"source"`
	Header      []string         `json:"header"`
	Rows        [][]PreviewCell  `json:"rows"`
	RowNumbers  []int            `json:"rowNumbers"`
	RowProblems map[int][]string `json:"rowProblems"`
	Suggested   string           `json:"suggested,omitempty"`
	Problems    []*read.Problem  `json:"problems"`
}

// Preview reads the first rows through the profile without importing anything.
func (s *ImportService) Preview(req PreviewRequest) PreviewResult {
	if req.Path == "" {
		return PreviewResult{Outcome: failed(problem("errors.noFile", errInvalid, nil))}
	}
	var p *ingest.Profile
	var err error
	out := PreviewResult{RowProblems: map[int][]string{}}
	if strings.TrimSpace(req.ProfileYAML) == "" && templateMapping(req.Path, &out) {
		// an Otzvuk entry template (otzvuk forms): its built-in mapping is the suggestion
		if p, err = ingest.ParseProfile("suggested", []byte(out.Suggested)); err != nil {
			return PreviewResult{Outcome: failed(problem("errors.badProfile", err, nil))}
		}
	} else if strings.TrimSpace(req.ProfileYAML) == "" {
		// The draft knows the open database's departments and chooses new_departments by them.
		so := suggest.Options{}
		if s.st.Store != nil {
			if deps, derr := suggest.StoreDepartments(s.st.context(), s.st.Store); derr == nil {
				so.HaveDB, so.Departments = true, deps
			}
		}
		d, derr := suggest.ForFile(req.Path, read.Options{}, so)
		if derr != nil {
			return PreviewResult{Outcome: failed(fileProblem(derr))}
		}
		text := d.Text
		out.Suggested = text
		if p, err = ingest.ParseProfile("suggested", []byte(text)); err != nil {
			p = nil // a draft with ??? columns: show the file as it reads
		}
	} else if p, err = ingest.ParseProfile("profile", []byte(req.ProfileYAML)); err != nil {
		return PreviewResult{Outcome: failed(problem("errors.badProfile", err, nil))}
	}
	rows, header, info, probs, err := ingest.PreviewRows(req.Path, p, 50)
	if err != nil {
		return PreviewResult{Outcome: failed(fileProblem(err)), Suggested: out.Suggested}
	}
	out.OK, out.Source, out.Header, out.Problems = true, info, header, probs
	bad := map[string]string{}
	for _, pr := range probs {
		bad[fmt.Sprintf("%d|%s", pr.Row, pr.Column)] = pr.BG + " / " + pr.EN
		if pr.Column == "" {
			out.RowProblems[pr.Row] = append(out.RowProblems[pr.Row], pr.BG+" / "+pr.EN)
		}
	}
	for _, r := range rows {
		cells := make([]PreviewCell, len(header))
		for i := range header {
			if i < len(r.Cells) {
				cells[i].Value = r.Cells[i]
			}
			cells[i].Problem = bad[fmt.Sprintf("%d|%s", r.Row, header[i])]
		}
		out.Rows = append(out.Rows, cells)
		out.RowNumbers = append(out.RowNumbers, r.Row)
	}
	return out
}

func fileProblem(err error) *Problem {
	var pr *read.Problem
	if errors.As(err, &pr) {
		return &Problem{Key: "errors.file", Message: pr.EN, Params: map[string]string{"bg": pr.Error(), "code": pr.Code}}
	}
	return problem("errors.file", err, map[string]string{"bg": err.Error()})
}

// ImportRequest is what the wizard imports.
type ImportRequest struct {
	Path          string  `json:"path"`
	ProfileYAML   string  `json:"profileYaml"`
	MaxRejectRate float64 `json:"maxRejectRate"`
	// ChangedRecords is the user's choice after an entry template was refused for changing
	// records imported before: "newBatch" (another clerk's copy, kept beside) or "replace" (a
	// corrected version of the same file); empty: refuse, as the template's mapping says.
	ChangedRecords string `json:"changedRecords"`
}

// ImportResult is the summary, or why nothing was imported.
type ImportResult struct {
	Outcome
	Summary *ingest.Summary `json:"summary,omitempty"`
}

// Import runs one import; progress arrives as "import:progress" events; Cancel stops it.
func (s *ImportService) Import(req ImportRequest) ImportResult {
	p, err := ingest.ParseProfile("profile", []byte(req.ProfileYAML))
	if err != nil {
		return ImportResult{Outcome: failed(problem("errors.badProfile", err, nil))}
	}
	if req.ChangedRecords == "newBatch" {
		if p, err = templateBatchProfile(req.Path); err != nil {
			return ImportResult{Outcome: failed(fileProblem(err))}
		}
	}
	ctx, done, ok := s.run.start(s.st.context())
	if !ok {
		return ImportResult{Outcome: failed(problem("errors.busy", errors.New("an import is already running"), nil))}
	}
	defer done()
	_, themeCat := s.st.themeSet()
	opts := ingest.Options{MaxRejectRate: req.MaxRejectRate, ReplaceChanged: req.ChangedRecords == "replace", Progress: func(pg ingest.Progress) {
		if s.emit != nil {
			s.emit(ctx, "import:progress", pg)
		}
	}, Cubes: []*methodology.Catalog{s.st.Catalog, themeCat}} // the import keeps the summaries current (methodology.CubeDelta)
	sum, err := ingest.Import(ctx, s.st.Store, p, req.Path, opts)
	if err == nil && sum.Status == "ok" {
		// The new comments' themes and the summaries before the views recompute, shown as the
		// import's last stage.
		s.st.afterChange(ctx, func(done, total int) {
			if s.emit != nil {
				s.emit(ctx, "import:progress", ingest.Progress{File: sum.File, Stage: "summarising", Rows: sum.Read, Fraction: float64(done) / float64(max(total, 1))})
			}
		})
		if s.emit != nil {
			s.emit(ctx, "data:changed", sum.ImportID) // every view recomputes
		}
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return ImportResult{Outcome: failed(problem("errors.cancelled", err, nil)), Summary: sum}
		}
		return ImportResult{Outcome: failed(fileProblem(err)), Summary: sum}
	}
	return ImportResult{Outcome: succeeded(), Summary: sum}
}

// Cancel stops the running import; nothing of it stays.
func (s *ImportService) Cancel() bool { return s.run.stop() }
