package text

import (
	"fmt"
	"os"
)

// Bounds on the municipality's own theme files. Every comment is matched against every theme and
// every theme becomes two indicators, so the work grows with themes × terms × comments: 2,000
// themes ran past 120 s and 10 GB in every command that reads comments, 600 took 35 s. Within
// these bounds a command stays within seconds.
const (
	MaxUserThemes     = 100       // themes in all the user's files together
	MaxTermsPerTheme  = 200       // words, stems, phrases and exclusions of one theme
	MaxThemeFileBytes = 256 << 10 // one file
)

// readThemeFile reads a user theme file, refusing one over MaxThemeFileBytes before reading it.
func readThemeFile(path string) ([]byte, *ThemeError) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &ThemeError{File: path, Problem: "the file cannot be read", ProblemBG: "файлът не може да бъде прочетен"}
	}
	if st.Size() > MaxThemeFileBytes {
		return nil, &ThemeError{File: path,
			ProblemBG: fmt.Sprintf("файлът е %d KB, а най-много са %d KB; темите от него не са прочетени", (st.Size()+1023)>>10, MaxThemeFileBytes>>10),
			Problem:   fmt.Sprintf("the file is %d KB, at most %d KB are read; its themes were not loaded", (st.Size()+1023)>>10, MaxThemeFileBytes>>10)}
	}
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, &ThemeError{File: path, Problem: "the file cannot be read", ProblemBG: "файлът не може да бъде прочетен"}
	}
	return body, nil
}

// tooManyThemes reports the themes left out past MaxUserThemes.
func tooManyThemes(path string, left int) *ThemeError {
	return &ThemeError{File: path,
		ProblemBG: fmt.Sprintf("собствените теми са най-много %d; %d теми от този файл нататък не са прочетени", MaxUserThemes, left),
		Problem:   fmt.Sprintf("at most %d themes of the municipality's own are read; %d themes from this file on were left out", MaxUserThemes, left)}
}
