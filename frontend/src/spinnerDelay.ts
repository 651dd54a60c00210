// How long a view waits for its first answer before it shows a spinner (Naive UI's NSpin delay).
// An answer sooner than this shows no spinner at all: shown and taken away at once, it flashed,
// and its fade-out held the view's content dimmed for ~0.3 s after the content was drawn (the
// trend's chart, the overview at the window's start).
export const spinnerDelayMs = 250
