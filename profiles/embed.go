// Package profiles ships the example mapping profiles (for the public exports in shared/data)
// so the import wizard can offer them.
package profiles

import "embed"

//go:embed examples/*.yaml
var Examples embed.FS
