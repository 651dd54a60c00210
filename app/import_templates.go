package app

import (
	"errors"
	"otzvuk/analytics/digest"
	"otzvuk/analytics/ingest"

	"otzvuk/analytics/forms"
)

// templateMapping: an Otzvuk entry template names its form in a hidden sheet; the wizard then
// suggests the form's built-in mapping instead of guessing one.
func templateMapping(path string, out *PreviewResult) bool {
	id, ok, err := forms.Detect(path)
	if !ok || err != nil {
		return false
	}
	body, err := forms.ProfileYAML(id)
	if err != nil {
		return false
	}
	out.Suggested = string(body)
	return true
}

// templateBatchProfile is an entry template's mapping with a batch of its own (forms.AsNewBatch).
func templateBatchProfile(path string) (*ingest.Profile, error) {
	id, ok, err := forms.Detect(path)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errors.New("не е шаблон за въвеждане на Отзвук / not an Otzvuk entry template")
	}
	sum, err := digest.File(path)
	if err != nil {
		return nil, err
	}
	return forms.Profile(forms.AsNewBatch(id, sum))
}
