package runtime

// The namereplace error handler names characters from the unicodedata
// tables (codecs_core.go, mod_codecs.go and str_codecs.go call
// unicodeCharName).
func init() {
	unicodeCharName = func(r rune) string {
		n, _ := ucdDB{}.name(r)
		return n
	}
}
