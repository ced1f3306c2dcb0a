package runtime

import "strings"

// localeParseComposite parses the composite name that setlocale(LC_ALL)
// returns when the categories differ ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."),
// which glibc accepts back for LC_ALL: every category must be named once
// with a supported locale (a later repetition wins). It returns the new
// localeCats.
func localeParseComposite(s string) ([7]string, bool) {
	var cats [7]string
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ";") {
		name, val, ok := strings.Cut(part, "=")
		if !ok {
			return cats, false
		}
		v, ok := canonicalLocale(val)
		if !ok {
			return cats, false
		}
		seen[name] = true
		idx := -1
		for i, n := range localeCatNames {
			if n == name {
				idx = i
			}
		}
		if idx < 0 {
			for _, n := range localeExtraNames {
				if n == name {
					idx = 6
				}
			}
		}
		switch {
		case idx < 0:
			return cats, false
		case idx == 6 && cats[6] != "" && cats[6] != v:
			// This runtime keeps one locale for the glibc-only categories.
			return cats, false
		}
		cats[idx] = v
	}
	if len(seen) != len(localeCatNames)+len(localeExtraNames) {
		return cats, false
	}
	return cats, true
}
