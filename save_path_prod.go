//go:build !dev

package main

// testSavePath: the production build always asks the user where to save.
func testSavePath(string) (string, bool) { return "", false }
