package runtime

import (
	"fmt"
	"sort"
	"strings"
)

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

func sortStrings(s []string) { sort.Strings(s) }

// ParseArgs binds a builtin's arguments to out pointers by parameter name, as
// starlark's UnpackArgs: a name ending in "?" is optional, and names before
// a "*" entry are positional-only ("/" semantics), names after "$" are
// keyword-only. Unfilled optional pointers keep their values.
func ParseArgs(fname string, args []Object, kwnames []*Str, params []string, out ...*Object) *BaseException {
	npos := len(args) - len(kwnames)
	type param struct {
		name     string
		optional bool
		kwonly   bool
		posonly  bool
	}
	ps := make([]param, 0, len(params))
	kwonly := false
	for i, p := range params {
		if p == "$" {
			kwonly = true
			continue
		}
		if p == "/" {
			for j := range ps {
				ps[j].posonly = true
			}
			continue
		}
		_ = i
		ps = append(ps, param{name: strings.TrimSuffix(p, "?"), optional: strings.HasSuffix(p, "?"), kwonly: kwonly})
	}
	maxPos := 0
	for _, p := range ps {
		if !p.kwonly {
			maxPos++
		}
	}
	if npos > maxPos {
		if maxPos == 1 && !ps[0].optional {
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, npos)
		}
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	set := make([]bool, len(ps))
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
		set[i] = true
	}
	for k, name := range kwnames {
		found := false
		for i, p := range ps {
			if p.name == name.s && !p.posonly {
				if set[i] {
					return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, name.s, i+1)
				}
				*out[i] = args[npos+k]
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, name.s)
		}
	}
	for i, p := range ps {
		if !set[i] && !p.optional {
			if p.kwonly {
				return Errorf(TypeErrorType, "%s() missing required keyword-only argument: '%s'", fname, p.name)
			}
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, p.name, i+1)
		}
	}
	return nil
}

// NoKwargs rejects keyword arguments to a builtin that takes none.
func NoKwargs(fname string, kwnames []*Str) *BaseException {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// ArgCount checks a positional-only builtin's argument count with CPython's messages.
func ArgCount(fname string, args []Object, kwnames []*Str, minN, maxN int) *BaseException {
	if exc := NoKwargs(fname, kwnames); exc != nil {
		return exc
	}
	n := len(args)
	if n >= minN && n <= maxN {
		return nil
	}
	if minN == maxN {
		if minN == 0 {
			return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
		}
		if minN == 1 {
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
		}
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", fname, minN, n)
	}
	if n < minN {
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, minN, plural(minN), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, maxN, plural(maxN), n)
}
