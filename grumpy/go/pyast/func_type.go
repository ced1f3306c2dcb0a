package pyast

// FunctionType is compile()'s "func_type" mode result: a PEP 484 type
// comment of a function, `(argtypes) -> returns`.
type FunctionType struct {
	ArgTypes []Expr
	Returns  Expr
}

// ParseFuncType parses a function type comment:
//
//	'(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
//
// where type_expressions are expressions, then optionally `*expr`, then
// optionally `**expr` (no trailing comma; the stars are dropped).
func ParseFuncType(src, filename string) (*FunctionType, *SyntaxError) {
	p, err := newParser(src, filename)
	if err != nil {
		return nil, err
	}
	ft := &FunctionType{}
	err = p.catch(func() {
		p.expectOp("(")
		stage := 0 // 0 plain, 1 after *x, 2 after **x
		for !p.isOp(")") {
			switch {
			case p.isOp("**"):
				p.i++
				stage = 2
			case p.isOp("*"):
				if stage > 0 {
					p.fail("invalid syntax")
				}
				p.i++
				stage = 1
			default:
				if stage > 0 {
					p.fail("invalid syntax")
				}
			}
			ft.ArgTypes = append(ft.ArgTypes, p.expression())
			if p.isOp(")") {
				break
			}
			p.expectOp(",")
			if p.isOp(")") || stage == 2 {
				p.fail("invalid syntax")
			}
		}
		p.expectOp(")")
		p.expectOp("->")
		ft.Returns = p.expression()
		for p.tok().Kind == NEWLINE {
			p.i++
		}
		if p.tok().Kind != ENDMARKER {
			p.fail("invalid syntax")
		}
	})
	if err != nil {
		return nil, err
	}
	return ft, nil
}
