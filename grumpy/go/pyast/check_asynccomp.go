package pyast

// hasAsyncComp reports whether e, evaluated in a comprehension's scope,
// holds a list, set or dict comprehension that is asynchronous (async for
// or await in its own scope): as CPython's symtable, that makes the
// enclosing comprehension a coroutine too ([[x async for x in a] for a in
// b] needs an async function). An asynchronous generator expression does
// not; only the first iterable of a nested comprehension is evaluated in
// the enclosing scope.
func hasAsyncComp(e Expr) bool {
	found := false
	var ex func(e Expr)
	st := func(Stmt) {}
	ex = func(e Expr) {
		if e == nil || found {
			return
		}
		var gens []*Comprehension
		var elts []Expr
		genexp := false
		switch v := e.(type) {
		case *Lambda:
			return
		case *ListComp:
			gens, elts = v.Generators, []Expr{v.Elt}
		case *SetComp:
			gens, elts = v.Generators, []Expr{v.Elt}
		case *DictComp:
			gens, elts = v.Generators, []Expr{v.Key, v.Value}
		case *GeneratorExp:
			gens, elts, genexp = v.Generators, []Expr{v.Elt}, true
		default:
			forEachChild(v, ex, st)
			return
		}
		if len(gens) > 0 {
			ex(gens[0].Iter)
		}
		if genexp || found {
			return
		}
		var inner []Expr
		for i, g := range gens {
			if g.IsAsync {
				found = true
				return
			}
			if i > 0 {
				inner = append(inner, g.Iter)
			}
			inner = append(inner, g.Ifs...)
		}
		inner = append(inner, elts...)
		for _, x := range inner {
			if hasAwait(x) || hasAsyncComp(x) {
				found = true
				return
			}
		}
	}
	ex(e)
	return found
}
