package runtime

// LookupUnicodeName resolves a character name as the \N{...} escape does
// (case-insensitive; aliases accepted, named sequences not): for the
// run-time parser (package pyast) and the unicode_escape codec.
func LookupUnicodeName(name string) (rune, bool) {
	if len(name) == 0 || len(name) > 256 {
		return 0, false
	}
	// Named sequences (never a single character) are refused.
	rs, ok := ucdDB{}.lookup(name)
	if !ok || len(rs) != 1 {
		return 0, false
	}
	return rs[0], true
}

func init() { lookupUnicodeName = LookupUnicodeName }
