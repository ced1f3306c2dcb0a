package runtime

import "strings"

// posOnlyPassedAsKeyword names, in parameter order and joined by ", ", the
// positional-only parameters of c that kwnames passes as keywords (CPython's
// positional_only_passed_as_keyword); "" when there is none.
func posOnlyPassedAsKeyword(c *Code, kwnames []*Str) string {
	var names []string
	for j := 0; j < c.PosOnly; j++ {
		for _, k := range kwnames {
			if k.s == c.ArgNames[j] {
				names = append(names, k.s)
				break
			}
		}
	}
	return strings.Join(names, ", ")
}
