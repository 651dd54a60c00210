package report

// MethodName is a feedback method's name as the report prints it (for the public page too).
func MethodName(lang, m string) string { return methodName(lang, m) }
