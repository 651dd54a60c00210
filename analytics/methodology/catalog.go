// Package methodology holds the indicator catalogue (embedded YAML data) and computes it over the record views.
package methodology

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"gopkg.in/yaml.v3"
)

//go:embed catalog/*.yaml
var catalogFiles embed.FS

// Text is a label in both UI languages.
type Text struct {
	BG string `yaml:"bg" json:"bg"`
	EN string `yaml:"en" json:"en"`
}

// Measure says how an indicator is computed over its record view.
type Measure struct {
	Kind   string `yaml:"kind" json:"kind"`     // mean (more kinds with the full catalogue)
	Value  string `yaml:"value" json:"value"`   // SQL expression per record
	Filter string `yaml:"filter" json:"filter"` // SQL condition selecting the records
}

// Indicator is one entry of the methodology's catalogue.
type Indicator struct {
	ID          string   `yaml:"id" json:"id"`
	Name        Text     `yaml:"name" json:"name"`
	Description Text     `yaml:"description" json:"description"`
	Method      string   `yaml:"method" json:"method"`
	Group       string   `yaml:"group" json:"group"`
	Source      string   `yaml:"source" json:"source"`
	Unit        string   `yaml:"unit" json:"unit"`
	Direction   string   `yaml:"direction" json:"direction"`
	Target      *float64 `yaml:"target" json:"target"`
	Warning     *float64 `yaml:"warning" json:"warning"`
	MinN        int      `yaml:"min_n" json:"minN"`
	Measure     Measure  `yaml:"measure" json:"measure"`
	File        string   `yaml:"-" json:"file"`
}

// Catalog is the set of indicators by id.
type Catalog struct {
	byID map[string]*Indicator
}

// DefaultCatalog loads the embedded catalogue.
func DefaultCatalog() (*Catalog, error) {
	c := &Catalog{byID: map[string]*Indicator{}}
	files, err := fs.Glob(catalogFiles, "catalog/*.yaml")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		body, err := catalogFiles.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var list []*Indicator
		if err := yaml.Unmarshal(body, &list); err != nil {
			return nil, fmt.Errorf("catalogue %s: %w", f, err)
		}
		for _, ind := range list {
			ind.File = path.Base(f)
			if err := ind.validate(); err != nil {
				return nil, fmt.Errorf("catalogue %s: %w", f, err)
			}
			c.byID[ind.ID] = ind
		}
	}
	return c, nil
}

var knownSources = map[string]bool{"v_survey_ratings": true, "v_survey_responses": true}

func (ind *Indicator) validate() error {
	switch {
	case ind.ID == "":
		return fmt.Errorf("indicator without id")
	case !knownSources[ind.Source]:
		return fmt.Errorf("indicator %s: field source: unknown record view %q", ind.ID, ind.Source)
	case ind.Measure.Kind != "mean":
		return fmt.Errorf("indicator %s: field measure.kind: unsupported %q", ind.ID, ind.Measure.Kind)
	case ind.Measure.Value == "":
		return fmt.Errorf("indicator %s: field measure.value is required", ind.ID)
	}
	return nil
}

// Get returns the indicator with that id.
func (c *Catalog) Get(id string) (*Indicator, bool) {
	ind, ok := c.byID[id]
	return ind, ok
}

// All returns the indicators sorted by id.
func (c *Catalog) All() []*Indicator {
	out := make([]*Indicator, 0, len(c.byID))
	for _, ind := range c.byID {
		out = append(out, ind)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
