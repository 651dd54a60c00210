package app

import (
	"strings"

	"otzvuk/analytics/ingest"
	"otzvuk/analytics/ingest/read"
	"otzvuk/analytics/ingest/suggest"
)

// FormRequest asks for the mapping form of a file: through a profile's YAML, or (empty) through
// the suggestion engine's draft; Kind starts a blank profile of that record kind instead.
type FormRequest struct {
	Path        string `json:"path"`
	ProfileYAML string `json:"profileYaml"`
	Kind        string `json:"kind"`
}

// FormResult is the form and the YAML it was built from (the form and the YAML stay in sync).
type FormResult struct {
	Outcome
	Form *ingest.Form `json:"form,omitempty"`
	YAML string       `json:"yaml"`
}

// Form lays the profile out as the wizard's mapping form: one row per target field.
func (s *ImportService) Form(req FormRequest) FormResult {
	if req.Path == "" {
		return FormResult{Outcome: failed(problem("errors.noFile", errInvalid, nil))}
	}
	text := req.ProfileYAML
	if req.Kind != "" {
		if _, ok := ingest.Kinds[req.Kind]; !ok {
			return FormResult{Outcome: failed(problem("errors.badProfile", errInvalid, nil))}
		}
		text = "name: " + req.Kind + "\nrecord_kind: " + req.Kind + "\nfields: {}\n"
	}
	if strings.TrimSpace(text) == "" {
		so := suggest.Options{}
		if s.st.Store != nil {
			if deps, err := suggest.StoreDepartments(s.st.context(), s.st.Store); err == nil {
				so.HaveDB, so.Departments = true, deps
			}
		}
		d, err := suggest.ForFile(req.Path, read.Options{}, so)
		if err != nil {
			return FormResult{Outcome: failed(fileProblem(err))}
		}
		text = d.Text
	}
	p, err := ingest.ParseDraftProfile("profile", []byte(text))
	if err != nil {
		return FormResult{Outcome: failed(problem("errors.badProfile", err, nil)), YAML: text}
	}
	f, err := ingest.BuildForm(req.Path, p)
	if err != nil {
		return FormResult{Outcome: failed(fileProblem(err)), YAML: text}
	}
	return FormResult{Outcome: succeeded(), Form: f, YAML: text}
}

// FormEditRequest is the form's edits to apply to a profile's YAML.
type FormEditRequest struct {
	Path        string             `json:"path"`
	ProfileYAML string             `json:"profileYaml"`
	Edits       []ingest.FieldEdit `json:"edits"`
}

// ApplyForm writes the edits into the YAML and returns the form rebuilt from it.
func (s *ImportService) ApplyForm(req FormEditRequest) FormResult {
	text, err := ingest.ApplyForm(req.ProfileYAML, req.Edits)
	if err != nil {
		return FormResult{Outcome: failed(problem("errors.badProfile", err, nil)), YAML: req.ProfileYAML}
	}
	return s.Form(FormRequest{Path: req.Path, ProfileYAML: text})
}
