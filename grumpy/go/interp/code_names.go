package interp

import "sort"

// codeNames fills co_varnames (parameters, then the other fast locals in
// the order the body first names them), co_cellvars and co_freevars
// (sorted, as CPython's compiler lists them) from a resolved scope.
func codeNames(sc *scope) (varnames, cellvars, freevars []string) {
	seen := map[string]bool{}
	for _, p := range sc.params {
		varnames = append(varnames, p)
		seen[p] = true
	}
	for _, n := range sc.order {
		if seen[n] {
			continue
		}
		seen[n] = true
		if _, fast := sc.locals[n]; fast {
			if _, cell := sc.cells[n]; !cell {
				varnames = append(varnames, n)
			}
		}
	}
	for n := range sc.cells {
		cellvars = append(cellvars, n)
	}
	sort.Strings(cellvars)
	for n := range sc.frees {
		freevars = append(freevars, n)
	}
	sort.Strings(freevars)
	return
}
