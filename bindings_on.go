//go:build bindings

package main

// generatingBindings is true in the build `wails generate module` runs: it only needs the bound types.
const generatingBindings = true
