package runtime

// MatchKeys is CPython 3.11's MATCH_KEYS for a mapping pattern: the values
// of keys in the subject, looked up in order with its get(); nil (no error)
// when one is missing. With check set (some key is not a literal) a key
// seen before raises ValueError at its turn, as CPython's match_keys does.
func MatchKeys(t *Thread, subj Object, keys []Object, check bool) ([]Object, *BaseException) {
	var seen *Set
	if check {
		seen = NewSet()
	}
	out := make([]Object, len(keys))
	for i, k := range keys {
		if seen != nil {
			dup, exc := seen.Contains(t, k)
			if exc != nil {
				return nil, exc
			}
			if dup {
				r, exc := Repr(t, k)
				if exc != nil {
					return nil, exc
				}
				return nil, Errorf(ValueErrorType, "mapping pattern checks duplicate key (%s)", r.s)
			}
			if exc := seen.Add(t, k); exc != nil {
				return nil, exc
			}
		}
		v, found, exc := MatchMappingGet(t, subj, k)
		if exc != nil {
			return nil, exc
		}
		if !found {
			return nil, nil
		}
		out[i] = v
	}
	return out, nil
}
