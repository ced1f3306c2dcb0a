package runtime

// Character predicates and full case mappings for str, driven by the tables
// in str_unicode_tables.go (generated from CPython's own unicodedata so the
// Unicode version matches CPython 3.11's).

// uCaseRun maps lo, lo+stride, ..., hi to code point + delta.
type uCaseRun struct {
	lo, hi rune
	stride int32
	delta  int32
}

func uInRanges(tab []uint32, r rune) bool {
	c := uint32(r)
	// Binary search over (lo, hi) pairs.
	lo, hi := 0, len(tab)/2
	for lo < hi {
		m := (lo + hi) / 2
		if c < tab[2*m] {
			hi = m
		} else if c > tab[2*m+1] {
			lo = m + 1
		} else {
			return true
		}
	}
	return false
}

func caseLookup(runs []uCaseRun, r rune) rune {
	lo, hi := 0, len(runs)
	for lo < hi {
		m := (lo + hi) / 2
		run := &runs[m]
		if r < run.lo {
			hi = m
		} else if r > run.hi {
			lo = m + 1
		} else {
			if (r-run.lo)%rune(run.stride) == 0 {
				return r + rune(run.delta)
			}
			return r
		}
	}
	return r
}

func uIsAlpha(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return uInRanges(uniAlpha, r)
}

func uIsDecimal(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return uInRanges(uniDecimal, r)
}

func uIsDigit(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return uInRanges(uniDigit, r)
}

func uIsNumeric(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return uInRanges(uniNumeric, r)
}

func uIsAlnum(r rune) bool {
	return uIsAlpha(r) || uIsDecimal(r) || uIsDigit(r) || uIsNumeric(r)
}

// uIsSpace is Py_UNICODE_ISSPACE: bidi classes WS, B, S and category Zs.
func uIsSpace(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	case r == 0x85 || r == 0xa0 || r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a:
		return true
	case r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000:
		return true
	}
	return false
}

// uIsLinebreak is the set str.splitlines splits on.
func uIsLinebreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func uIsPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return uInRanges(uniPrintable, r)
}

func uIsUpper(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return uInRanges(uniUpper, r)
}

func uIsLower(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return uInRanges(uniLower, r)
}

func uIsTitle(r rune) bool {
	if r < 0x80 {
		return false
	}
	return uInRanges(uniTitle, r)
}

func uIsCased(r rune) bool { return uIsUpper(r) || uIsLower(r) || uIsTitle(r) }

func uIsCaseIgnorable(r rune) bool {
	if r < 0x80 {
		return r == '\'' || r == '.' || r == ':' || r == '^' || r == '`'
	}
	return uInRanges(uniCaseIgnorable, r)
}

func uIsXIDStart(r rune) bool {
	if r < 0x80 {
		return r == '_' || r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return uInRanges(uniXidStart, r)
}

func uIsXIDContinue(r rune) bool {
	if r < 0x80 {
		return r == '_' || r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return uInRanges(uniXidContinue, r)
}

// uAppendCase appends the full mapping of r through one of the case tables.
func uAppendCase(out []rune, r rune, runs []uCaseRun, multi map[rune][]rune) []rune {
	if m, ok := multi[r]; ok {
		return append(out, m...)
	}
	return append(out, caseLookup(runs, r))
}

func uAppendUpper(out []rune, r rune) []rune {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 32
		}
		return append(out, r)
	}
	return uAppendCase(out, r, uniCaseUpper, uniCaseUpperMulti)
}

func uAppendTitle(out []rune, r rune) []rune {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 32
		}
		return append(out, r)
	}
	return uAppendCase(out, r, uniCaseTitle, uniCaseTitleMulti)
}

func uAppendFold(out []rune, r rune) []rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 32
		}
		return append(out, r)
	}
	return uAppendCase(out, r, uniCaseCasefold, uniCaseCasefoldMulti)
}

// uAppendLower appends the lowercase of rs[i], applying the final-sigma rule
// for U+03A3 as CPython's lower_ucs4 does.
func uAppendLower(out []rune, rs []rune, i int) []rune {
	r := rs[i]
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 32
		}
		return append(out, r)
	}
	if r == 0x3a3 {
		return append(out, uFinalSigma(rs, i))
	}
	return uAppendCase(out, r, uniCaseLower, uniCaseLowerMulti)
}

func uFinalSigma(rs []rune, i int) rune {
	j := i - 1
	for j >= 0 && uIsCaseIgnorable(rs[j]) {
		j--
	}
	finalSig := j >= 0 && uIsCased(rs[j])
	if finalSig {
		j = i + 1
		for j < len(rs) && uIsCaseIgnorable(rs[j]) {
			j++
		}
		finalSig = j == len(rs) || !uIsCased(rs[j])
	}
	if finalSig {
		return 0x3c2
	}
	return 0x3c3
}
