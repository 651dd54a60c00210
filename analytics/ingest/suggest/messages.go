package suggest

import "otzvuk/analytics/ingest/read"

// words: the drafts' reasons — a code → its Bulgarian and English text; %s is the detail.
var words = read.Words{
	"unsafe_draft": {"предложеният профил не би казал това, което значи (заглавията на файла съдържат знаци, които го променят: %s); напишете профила ръчно",
		"the suggested profile would not say what it means (the file's headers hold characters that change it: %s); write the profile by hand"},
}
