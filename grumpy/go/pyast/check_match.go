package pyast

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// check_match.go: the SyntaxErrors CPython's compiler raises while it
// compiles a match statement's patterns (compile.c's compiler_pattern*):
// irrefutable patterns that make others unreachable, names bound twice,
// alternatives binding different names, several starred names, repeated
// class-pattern attributes, duplicate or non-literal mapping keys, and
// value patterns that are not literals or attribute lookups. Each error
// is placed where CPython's compiler stands when it finds it: the last
// pattern it started compiling.

type patCtx struct {
	stores           []string
	allowIrrefutable bool
}

// matchStmt runs phase 2 over a match statement in the compiler's order.
func (c *checker) matchStmt(m *Match) {
	c.expr(m.Subject)
	n := len(m.Cases)
	hasDefault := 0
	if n > 1 && patIsWildcard(m.Cases[n-1].Pattern) {
		hasDefault = 1
	}
	for i := 0; i < n-hasDefault; i++ {
		mc := m.Cases[i]
		pc := &patCtx{allowIrrefutable: mc.Guard != nil || i == n-1}
		c.patLoc = mc.Pattern.Position()
		c.compilePattern(mc.Pattern, pc)
		if mc.Guard != nil {
			c.expr(mc.Guard)
		}
		c.stmts(mc.Body)
	}
	if hasDefault == 1 {
		mc := m.Cases[n-1]
		if mc.Guard != nil {
			c.expr(mc.Guard)
		}
		c.stmts(mc.Body)
	}
}

func patIsWildcard(p Pattern) bool {
	a, ok := p.(*MatchAs)
	return ok && a.Pattern == nil && a.Name == ""
}

func patIsStarWildcard(p Pattern) bool {
	s, ok := p.(*MatchStar)
	return ok && s.Name == ""
}

func (c *checker) patFail(msg string) {
	c.failPos(c.patLoc, msg)
}

func (c *checker) patStore(name string, pc *patCtx) {
	if name == "" {
		return
	}
	if name == "__debug__" {
		c.patFail("cannot assign to __debug__")
	}
	for _, s := range pc.stores {
		if s == name {
			c.patFail(fmt.Sprintf("multiple assignments to name '%s' in pattern", name))
		}
	}
	pc.stores = append(pc.stores, name)
}

func (c *checker) subpattern(p Pattern, pc *patCtx) {
	save := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.compilePattern(p, pc)
	pc.allowIrrefutable = save
}

func (c *checker) compilePattern(p Pattern, pc *patCtx) {
	c.patLoc = p.Position()
	switch v := p.(type) {
	case *MatchValue:
		if _, ok := foldConst(v.Value); !ok {
			if _, attr := v.Value.(*Attribute); !attr {
				c.patFail("patterns may only match literals and attribute lookups")
			}
		}
		c.expr(v.Value)
	case *MatchSingleton:
	case *MatchSequence:
		star := -1
		onlyWildcard, starWildcard := true, false
		for i, x := range v.Patterns {
			if _, ok := x.(*MatchStar); ok {
				if star >= 0 {
					c.patFail("multiple starred names in sequence pattern")
				}
				starWildcard = patIsStarWildcard(x)
				onlyWildcard = onlyWildcard && starWildcard
				star = i
				continue
			}
			onlyWildcard = onlyWildcard && patIsWildcard(x)
		}
		switch {
		case onlyWildcard:
		case starWildcard:
			for i, x := range v.Patterns {
				if i == star || patIsWildcard(x) {
					continue
				}
				c.subpattern(x, pc)
			}
		default:
			for _, x := range v.Patterns {
				c.subpattern(x, pc)
			}
		}
	case *MatchMapping:
		if len(v.Keys) == 0 && v.Rest == "" {
			return
		}
		var seen []any
		for _, k := range v.Keys {
			if val, ok := foldConst(k); ok {
				for _, s := range seen {
					if constEqual(s, val) {
						c.patFail(fmt.Sprintf("mapping pattern checks duplicate key (%s)", constRepr(val)))
					}
				}
				seen = append(seen, val)
			} else if _, attr := k.(*Attribute); !attr {
				c.patFail("mapping pattern keys may only match literals and attribute lookups")
			}
			c.expr(k)
		}
		for _, x := range v.Patterns {
			c.subpattern(x, pc)
		}
		if v.Rest != "" {
			c.patStore(v.Rest, pc)
		}
	case *MatchClass:
		for i, a := range v.KwdAttrs {
			c.patLoc = v.KwdPatterns[i].Position()
			if a == "__debug__" {
				c.patFail("cannot assign to __debug__")
			}
			for j := i + 1; j < len(v.KwdAttrs); j++ {
				if v.KwdAttrs[j] == a {
					c.patLoc = v.KwdPatterns[j].Position()
					c.patFail("attribute name repeated in class pattern: " + a)
				}
			}
		}
		c.patLoc = v.Pos
		c.expr(v.Cls)
		all := append(append([]Pattern{}, v.Patterns...), v.KwdPatterns...)
		for _, x := range all {
			if patIsWildcard(x) {
				continue
			}
			c.subpattern(x, pc)
		}
	case *MatchStar:
		c.patStore(v.Name, pc)
	case *MatchAs:
		if v.Pattern == nil {
			if !pc.allowIrrefutable {
				if v.Name != "" {
					c.patFail(fmt.Sprintf("name capture '%s' makes remaining patterns unreachable", v.Name))
				}
				c.patFail("wildcard makes remaining patterns unreachable")
			}
			c.patStore(v.Name, pc)
			return
		}
		c.compilePattern(v.Pattern, pc)
		c.patStore(v.Name, pc)
	case *MatchOr:
		outer := pc.stores
		allow := pc.allowIrrefutable
		var control []string
		for i, alt := range v.Patterns {
			c.patLoc = alt.Position()
			pc.stores = nil
			pc.allowIrrefutable = i == len(v.Patterns)-1 && allow
			c.compilePattern(alt, pc)
			if i == 0 {
				control = pc.stores
				continue
			}
			if len(pc.stores) != len(control) {
				c.patFail("alternative patterns bind different names")
			}
			for _, name := range control {
				found := false
				for _, s := range pc.stores {
					if s == name {
						found = true
						break
					}
				}
				if !found {
					c.patFail("alternative patterns bind different names")
				}
			}
		}
		pc.stores = outer
		pc.allowIrrefutable = allow
		for _, name := range control {
			for _, s := range pc.stores {
				if s == name {
					c.patFail(fmt.Sprintf("multiple assignments to name '%s' in pattern", name))
				}
			}
			pc.stores = append(pc.stores, name)
		}
	}
}

// foldConst is the constant a pattern's literal folds to (CPython folds
// -1 and 1+2j before compiling): nil, bool, int64, *big.Int, float64,
// complex128, string, []byte or EllipsisValue.
func foldConst(e Expr) (any, bool) {
	switch v := e.(type) {
	case *Constant:
		return v.Value, true
	case *UnaryOp:
		if v.Op != "-" {
			return nil, false
		}
		x, ok := foldConst(v.Operand)
		if !ok {
			return nil, false
		}
		switch n := x.(type) {
		case int64:
			if n == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(n)), true
			}
			return -n, true
		case *big.Int:
			return new(big.Int).Neg(n), true
		case float64:
			return -n, true
		case complex128:
			return -n, true
		}
	case *BinOp:
		if v.Op != "+" && v.Op != "-" {
			return nil, false
		}
		l, ok1 := foldConst(v.Left)
		r, ok2 := foldConst(v.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		im, ok := r.(complex128)
		if !ok {
			return nil, false
		}
		var re float64
		switch n := l.(type) {
		case int64:
			re = float64(n)
		case *big.Int:
			re, _ = new(big.Float).SetInt(n).Float64()
		case float64:
			re = n
		case complex128:
			re = real(n) // only imaginary literals reach here: 0
			if v.Op == "+" {
				return n + im, true
			}
			return n - im, true
		default:
			return nil, false
		}
		if v.Op == "+" {
			return complex(re, 0) + im, true
		}
		return complex(re, 0) - im, true
	}
	return nil, false
}

// numRat is a number's exact value (real, imaginary) for comparisons.
func numParts(v any) (re, im *big.Float, ok bool) {
	f := func(x float64) *big.Float {
		if math.IsNaN(x) {
			return nil
		}
		return new(big.Float).SetPrec(2000).SetFloat64(x)
	}
	zero := new(big.Float)
	switch n := v.(type) {
	case bool:
		if n {
			return big.NewFloat(1), zero, true
		}
		return zero, zero, true
	case int64:
		return new(big.Float).SetPrec(2000).SetInt64(n), zero, true
	case *big.Int:
		return new(big.Float).SetPrec(2000).SetInt(n), zero, true
	case float64:
		r := f(n)
		return r, zero, r != nil
	case complex128:
		r, i := f(real(n)), f(imag(n))
		return r, i, r != nil && i != nil
	}
	return nil, nil, false
}

// constEqual is Python's == between two constants, as a set sees them.
func constEqual(a, b any) bool {
	ar, ai, aok := numParts(a)
	br, bi, bok := numParts(b)
	if aok && bok {
		return ar.Cmp(br) == 0 && ai.Cmp(bi) == 0
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []byte:
		y, ok := b.([]byte)
		return ok && string(x) == string(y)
	case EllipsisValue:
		_, ok := b.(EllipsisValue)
		return ok
	}
	return false
}

// constRepr is a constant's Python repr.
func constRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return floatRepr(x)
	case complex128:
		re, im := real(x), imag(x)
		if re == 0 && !math.Signbit(re) {
			return imagRepr(im) + "j"
		}
		s := imagRepr(im)
		if !strings.HasPrefix(s, "-") {
			s = "+" + s
		}
		return "(" + imagRepr(re) + s + "j)"
	case string:
		return strRepr(x)
	case []byte:
		return bytesLitRepr(x)
	case EllipsisValue:
		return "Ellipsis"
	}
	return fmt.Sprint(v)
}

// imagRepr is a complex part as complex's repr writes it (no ".0").
func imagRepr(f float64) string {
	s := floatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// floatRepr is Python's repr of a float.
func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expS, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expS)
	if exp < -4 || exp >= 16 {
		if !strings.Contains(mant, ".") {
			return fmt.Sprintf("%se%+03d", mant, exp)
		}
		return fmt.Sprintf("%se%+03d", mant, exp)
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func quoteFor(hasSingle, hasDouble bool) byte {
	if hasSingle && !hasDouble {
		return '"'
	}
	return '\''
}

// strRepr is Python's repr of a str (printable characters kept).
func strRepr(s string) string {
	q := quoteFor(strings.Contains(s, "'"), strings.Contains(s, "\""))
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// bytesLitRepr is Python's repr of bytes.
func bytesLitRepr(bs []byte) string {
	q := quoteFor(strings.Contains(string(bs), "'"), strings.Contains(string(bs), "\""))
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(q)
	for _, c := range bs {
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}
