package interp

import "grumpy/pyast"

// displayExprs rewrites, for compile(..., "single"), every expression
// statement of the interactive code into a call of the display hook, as
// CPython's compiler prints each one (PRINT_EXPR) at the top level of the
// interactive code unit: inside if/for/while/with/try/match blocks too, but
// not inside function or class bodies, which are code units of their own.
func displayExprs(body []pyast.Stmt) {
	for i, s := range body {
		switch x := s.(type) {
		case *pyast.ExprStmt:
			body[i] = &pyast.ExprStmt{Pos: x.Pos, Value: &pyast.Call{Pos: x.Pos,
				Func: &pyast.Name{Pos: x.Pos, Id: "__grumpy_displayhook__"}, Args: []pyast.Expr{x.Value}}}
		case *pyast.If:
			displayExprs(x.Body)
			displayExprs(x.OrElse)
		case *pyast.For:
			displayExprs(x.Body)
			displayExprs(x.OrElse)
		case *pyast.While:
			displayExprs(x.Body)
			displayExprs(x.OrElse)
		case *pyast.With:
			displayExprs(x.Body)
		case *pyast.Try:
			displayExprs(x.Body)
			for _, h := range x.Handlers {
				displayExprs(h.Body)
			}
			displayExprs(x.OrElse)
			displayExprs(x.FinalBody)
		case *pyast.Match:
			for _, c := range x.Cases {
				displayExprs(c.Body)
			}
		}
	}
}
