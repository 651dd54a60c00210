package ingest

// Suggest reads an export's header and the values of its first rows and proposes a profile: the
// record kind whose fields its columns match best, each field's column, value maps for coded
// fields, and, for wide surveys, the item columns. It returns the draft's profile and its YAML
// text, in which everything unsure is marked ??? with the reason (see SuggestDraft).
func Suggest(path string, o ReadOptions) (*Profile, string, error) {
	d, err := SuggestDraft(path, o, SuggestOptions{})
	if err != nil {
		return nil, "", err
	}
	return d.Profile, d.Text, nil
}
