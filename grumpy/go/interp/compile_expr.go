package interp

import (
	"math/big"

	"grumpy/pyast"
	rt "grumpy/runtime"
)

// frame is the state of one activation of interpreted code.
type frame struct {
	t       *rt.Thread
	f       *rt.Frame
	fast    []rt.Object
	cells   []*rt.Cell
	globals *rt.Dict
	locals  rt.Object // the mapping names resolve in first (class body, exec locals)
	gen     *genState
	ret     rt.Object
	lastTB  *rt.BaseException
	fn      *rt.Function // the function run (not set in recycled frames; informational)
}

type evalFn func(fr *frame) (rt.Object, *rt.BaseException)

// compiler turns one tree into closures.
type compiler struct {
	filename  string
	scopes    map[any]*scope
	cur       *scope
	qualname  string
	className string
	futureAnnotations bool
}

var binOps = map[string]rt.BinOp{
	"+": rt.OpAdd, "-": rt.OpSub, "*": rt.OpMul, "/": rt.OpTrueDiv, "//": rt.OpFloorDiv, "%": rt.OpMod,
	"**": rt.OpPow, "<<": rt.OpLShift, ">>": rt.OpRShift, "&": rt.OpAnd, "|": rt.OpOr, "^": rt.OpXor, "@": rt.OpMatMul,
}

var cmpOps = map[string]rt.CmpOp{"<": rt.CmpLT, "<=": rt.CmpLE, "==": rt.CmpEQ, "!=": rt.CmpNE, ">": rt.CmpGT, ">=": rt.CmpGE}

func (c *compiler) mangle(name string) string { return mangleName(c.className, name) }

func constant(v any) rt.Object {
	switch x := v.(type) {
	case nil:
		return rt.None
	case bool:
		return rt.NewBool(x)
	case int64:
		return rt.MakeInt(x)
	case *big.Int:
		return rt.NewBigInt(x)
	case float64:
		return rt.Float(x)
	case complex128:
		return rt.Complex(x)
	case string:
		return rt.NewStr(x)
	case []byte:
		return rt.NewBytes(x)
	case pyast.EllipsisValue:
		return rt.Ellipsis
	}
	return rt.None
}

func (c *compiler) exprs(es []pyast.Expr) []evalFn {
	out := make([]evalFn, len(es))
	for i, e := range es {
		out[i] = c.expr(e)
	}
	return out
}

// seqItems compiles display items that may contain *starred entries.
func (c *compiler) seqItems(es []pyast.Expr) func(fr *frame) ([]rt.Object, *rt.BaseException) {
	type item struct {
		f    evalFn
		star bool
	}
	items := make([]item, len(es))
	for i, e := range es {
		if s, ok := e.(*pyast.Starred); ok {
			items[i] = item{c.expr(s.Value), true}
		} else {
			items[i] = item{c.expr(e), false}
		}
	}
	return func(fr *frame) ([]rt.Object, *rt.BaseException) {
		out := make([]rt.Object, 0, len(items))
		for _, it := range items {
			v, e := it.f(fr)
			if e != nil {
				return nil, e
			}
			if it.star {
				if out, e = rt.AppendIter(fr.t, out, v); e != nil {
					return nil, e
				}
				continue
			}
			out = append(out, v)
		}
		return out, nil
	}
}

func (c *compiler) expr(e pyast.Expr) evalFn {
	if e == nil {
		return nil
	}
	switch x := e.(type) {
	case *pyast.Constant:
		v := constant(x.Value)
		return func(*frame) (rt.Object, *rt.BaseException) { return v, nil }
	case *pyast.Name:
		return c.loadName(x.Id)
	case *pyast.BinOp:
		l, r := c.expr(x.Left), c.expr(x.Right)
		op := binOps[x.Op]
		if op == rt.OpAdd {
			return func(fr *frame) (rt.Object, *rt.BaseException) {
				a, e := l(fr)
				if e != nil {
					return nil, e
				}
				b, e := r(fr)
				if e != nil {
					return nil, e
				}
				return rt.Add(fr.t, a, b)
			}
		}
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			a, e := l(fr)
			if e != nil {
				return nil, e
			}
			b, e := r(fr)
			if e != nil {
				return nil, e
			}
			return rt.Binary(fr.t, op, a, b)
		}
	case *pyast.UnaryOp:
		v := c.expr(x.Operand)
		var f func(*rt.Thread, rt.Object) (rt.Object, *rt.BaseException)
		switch x.Op {
		case "not":
			f = rt.Not
		case "-":
			f = rt.Neg
		case "+":
			f = rt.Pos
		default:
			f = rt.Invert
		}
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			a, e := v(fr)
			if e != nil {
				return nil, e
			}
			return f(fr.t, a)
		}
	case *pyast.BoolOp:
		vals := c.exprs(x.Values)
		and := x.Op == "and"
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			var v rt.Object
			for i, f := range vals {
				var e *rt.BaseException
				if v, e = f(fr); e != nil {
					return nil, e
				}
				if i == len(vals)-1 {
					break
				}
				b, e := rt.IsTrue(fr.t, v)
				if e != nil {
					return nil, e
				}
				if b != and {
					return v, nil
				}
			}
			return v, nil
		}
	case *pyast.Compare:
		return c.compare(x)
	case *pyast.IfExp:
		test, body, orelse := c.truth(x.Test), c.expr(x.Body), c.expr(x.OrElse)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			b, e := test(fr)
			if e != nil {
				return nil, e
			}
			if b {
				return body(fr)
			}
			return orelse(fr)
		}
	case *pyast.NamedExpr:
		v := c.expr(x.Value)
		store := c.storeName(x.Target.Id)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			r, e := v(fr)
			if e != nil {
				return nil, e
			}
			if e := store(fr, r); e != nil {
				return nil, e
			}
			return r, nil
		}
	case *pyast.Attribute:
		return c.attrLoad(x)
	case *pyast.Subscript:
		v, k := c.expr(x.Value), c.expr(x.Slice)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o, e := v(fr)
			if e != nil {
				return nil, e
			}
			key, e := k(fr)
			if e != nil {
				return nil, e
			}
			return rt.GetItem(fr.t, o, key)
		}
	case *pyast.Slice:
		lo, hi, st := c.expr(x.Lower), c.expr(x.Upper), c.expr(x.Step)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			parts := [3]rt.Object{}
			for i, f := range []evalFn{lo, hi, st} {
				if f != nil {
					v, e := f(fr)
					if e != nil {
						return nil, e
					}
					parts[i] = v
				}
			}
			return rt.NewSlice(parts[0], parts[1], parts[2]), nil
		}
	case *pyast.List:
		items := c.seqItems(x.Elts)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			v, e := items(fr)
			if e != nil {
				return nil, e
			}
			return rt.NewList(v...), nil
		}
	case *pyast.Tuple:
		items := c.seqItems(x.Elts)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			v, e := items(fr)
			if e != nil {
				return nil, e
			}
			return rt.NewTuple(v...), nil
		}
	case *pyast.Set:
		items := c.seqItems(x.Elts)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			v, e := items(fr)
			if e != nil {
				return nil, e
			}
			return rt.NewSetFrom(fr.t, v)
		}
	case *pyast.Dict:
		keys := make([]evalFn, len(x.Keys))
		for i, k := range x.Keys {
			if k != nil {
				keys[i] = c.expr(k)
			}
		}
		vals := c.exprs(x.Values)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			d := rt.NewDict()
			for i, vf := range vals {
				if keys[i] == nil {
					v, e := vf(fr)
					if e != nil {
						return nil, e
					}
					if e := rt.DictUpdate(fr.t, d, v); e != nil {
						return nil, e
					}
					continue
				}
				k, e := keys[i](fr)
				if e != nil {
					return nil, e
				}
				v, e := vf(fr)
				if e != nil {
					return nil, e
				}
				if e := d.SetItem(fr.t, k, v); e != nil {
					return nil, e
				}
			}
			return d, nil
		}
	case *pyast.JoinedStr:
		parts := c.exprs(x.Values)
		if len(parts) == 1 {
			// A lone field or a constant format spec: the part is the value.
			return parts[0]
		}
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			vals := make([]rt.Object, len(parts))
			for i, p := range parts {
				v, e := p(fr)
				if e != nil {
					return nil, e
				}
				vals[i] = v
			}
			return rt.JoinStrs(vals...), nil
		}
	case *pyast.FormattedValue:
		v := c.expr(x.Value)
		spec := c.expr(x.FormatSpec)
		conv := x.Conversion
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o, e := v(fr)
			if e != nil {
				return nil, e
			}
			var s rt.Object
			if spec != nil {
				if s, e = spec(fr); e != nil {
					return nil, e
				}
			}
			return rt.FormatValue(fr.t, o, conv, s)
		}
	case *pyast.Call:
		return c.call(x)
	case *pyast.Lambda:
		return c.function(x, "<lambda>", x.Args, nil, x.Body, false)
	case *pyast.ListComp, *pyast.SetComp, *pyast.DictComp, *pyast.GeneratorExp:
		return c.comprehension(x)
	case *pyast.Yield:
		v := c.expr(x.Value)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			var o rt.Object = rt.None
			if v != nil {
				var e *rt.BaseException
				if o, e = v(fr); e != nil {
					return nil, e
				}
			}
			if fr.gen.asyncGen {
				o = rt.WrapAsyncGenValue(o)
			}
			return fr.gen.yield(fr, o)
		}
	case *pyast.YieldFrom:
		v := c.expr(x.Value)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o, e := v(fr)
			if e != nil {
				return nil, e
			}
			it, e := rt.YieldFromIterFrame(fr.t, fr.f, o)
			if e != nil {
				return nil, e
			}
			return fr.gen.delegate(fr, it)
		}
	case *pyast.Await:
		v := c.expr(x.Value)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o, e := v(fr)
			if e != nil {
				return nil, e
			}
			it, e := rt.AwaitIter(fr.t, o)
			if e != nil {
				return nil, e
			}
			return fr.gen.delegate(fr, it)
		}
	case *pyast.Starred:
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			return nil, rt.NewError(rt.SyntaxErrorType, "can't use starred expression here")
		}
	}
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		return nil, rt.NewError(rt.SystemErrorType, "unsupported expression in exec'd code")
	}
}

func (c *compiler) truth(e pyast.Expr) func(fr *frame) (bool, *rt.BaseException) {
	if cmp, ok := e.(*pyast.Compare); ok {
		if f := c.compareTest(cmp); f != nil {
			return f
		}
	}
	if cmp, ok := e.(*pyast.Compare); ok && len(cmp.Ops) == 1 {
		if op, ok := cmpOps[cmp.Ops[0]]; ok {
			l, r := c.expr(cmp.Left), c.expr(cmp.Comparators[0])
			return func(fr *frame) (bool, *rt.BaseException) {
				a, e := l(fr)
				if e != nil {
					return false, e
				}
				b, e := r(fr)
				if e != nil {
					return false, e
				}
				return rt.CompareBool(fr.t, op, a, b)
			}
		}
	}
	f := c.expr(e)
	return func(fr *frame) (bool, *rt.BaseException) {
		v, e := f(fr)
		if e != nil {
			return false, e
		}
		return rt.IsTrue(fr.t, v)
	}
}

func compareOne(t *rt.Thread, op string, a, b rt.Object) (rt.Object, *rt.BaseException) {
	switch op {
	case "is":
		return rt.NewBool(rt.Is(a, b)), nil
	case "is not":
		return rt.NewBool(!rt.Is(a, b)), nil
	case "in":
		return rt.In(t, a, b)
	case "not in":
		return rt.NotIn(t, a, b)
	}
	return rt.Compare(t, cmpOps[op], a, b)
}

func (c *compiler) compare(x *pyast.Compare) evalFn {
	if f := c.compareTest(x); f != nil {
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			b, e := f(fr)
			if e != nil {
				return nil, e
			}
			return rt.NewBool(b), nil
		}
	}
	left := c.expr(x.Left)
	comps := c.exprs(x.Comparators)
	ops := x.Ops
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		a, e := left(fr)
		if e != nil {
			return nil, e
		}
		var r rt.Object
		for i, cf := range comps {
			b, e := cf(fr)
			if e != nil {
				return nil, e
			}
			if r, e = compareOne(fr.t, ops[i], a, b); e != nil {
				return nil, e
			}
			if i < len(comps)-1 {
				ok, e := rt.IsTrue(fr.t, r)
				if e != nil {
					return nil, e
				}
				if !ok {
					return r, nil
				}
			}
			a = b
		}
		return r, nil
	}
}

func (c *compiler) call(x *pyast.Call) evalFn {
	if n, ok := x.Func.(*pyast.Name); ok && n.Id == "super" && len(x.Args) == 0 && len(x.Keywords) == 0 && c.cur.kind == "function" {
		return c.zeroArgSuper(n)
	}
	simple := true
	for _, a := range x.Args {
		if _, ok := a.(*pyast.Starred); ok {
			simple = false
		}
	}
	for _, k := range x.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		args := c.exprs(x.Args)
		if f := c.fixedCall(x, args); f != nil {
			return f
		}
		kwvals := make([]evalFn, len(x.Keywords))
		var kwnames []*rt.Str
		for i, k := range x.Keywords {
			kwvals[i] = c.expr(k.Value)
			kwnames = append(kwnames, rt.InternStr(k.Arg))
		}
		if attr, ok := x.Func.(*pyast.Attribute); ok {
			obj := c.expr(attr.Value)
			name := rt.InternStr(c.mangle(attr.Attr))
			return func(fr *frame) (rt.Object, *rt.BaseException) {
				o, e := obj(fr)
				if e != nil {
					return nil, e
				}
				argv, e := evalAll(fr, args, kwvals)
				if e != nil {
					return nil, e
				}
				return rt.CallMethod(fr.t, o, name, argv, kwnames)
			}
		}
		fn := c.expr(x.Func)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			f, e := fn(fr)
			if e != nil {
				return nil, e
			}
			argv, e := evalAll(fr, args, kwvals)
			if e != nil {
				return nil, e
			}
			return rt.Call(fr.t, f, argv, kwnames)
		}
	}
	fn := c.expr(x.Func)
	// f(*v) with v the only positional is checked at the call, after
	// the keywords (rt.CallStar), as CPython's CALL_FUNCTION_EX.
	var star evalFn
	var items func(fr *frame) ([]rt.Object, *rt.BaseException)
	if len(x.Args) == 1 {
		if s, ok := x.Args[0].(*pyast.Starred); ok {
			star = c.expr(s.Value)
		}
	}
	if star == nil {
		items = c.seqItems(x.Args)
	}
	type kw struct {
		name *rt.Str
		f    evalFn
	}
	kws := make([]kw, len(x.Keywords))
	for i, k := range x.Keywords {
		var n *rt.Str
		if k.Arg != "" {
			n = rt.InternStr(k.Arg)
		}
		kws[i] = kw{n, c.expr(k.Value)}
	}
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		f, e := fn(fr)
		if e != nil {
			return nil, e
		}
		var args []rt.Object
		var sv rt.Object
		if star != nil {
			sv, e = star(fr)
		} else {
			args, e = items(fr)
		}
		if e != nil {
			return nil, e
		}
		var d *rt.Dict
		if len(kws) > 0 {
			d = rt.NewDict()
			for _, k := range kws {
				v, e := k.f(fr)
				if e != nil {
					return nil, e
				}
				if k.name == nil {
					e = rt.MergeKwargs(fr.t, d, v, f)
				} else {
					e = rt.MergeKwarg(fr.t, d, k.name, v, f)
				}
				if e != nil {
					return nil, e
				}
			}
		}
		if star != nil {
			return rt.CallStar(fr.t, f, sv, d)
		}
		return rt.CallKw(fr.t, f, args, d)
	}
}

func evalAll(fr *frame, args, kwvals []evalFn) ([]rt.Object, *rt.BaseException) {
	if len(args)+len(kwvals) == 0 {
		return nil, nil
	}
	out := make([]rt.Object, 0, len(args)+len(kwvals))
	for _, a := range args {
		v, e := a(fr)
		if e != nil {
			return nil, e
		}
		out = append(out, v)
	}
	for _, a := range kwvals {
		v, e := a(fr)
		if e != nil {
			return nil, e
		}
		out = append(out, v)
	}
	return out, nil
}

func (c *compiler) zeroArgSuper(n *pyast.Name) evalFn {
	superFn := c.loadName("super")
	s := c.cur
	classCell, hasCell := s.frees["__class__"]
	var first func(fr *frame) rt.Object
	if len(s.params) > 0 {
		p := s.params[0]
		if i, ok := s.cells[p]; ok {
			first = func(fr *frame) rt.Object { return fr.cells[i].Get() }
		} else {
			i := s.locals[p]
			first = func(fr *frame) rt.Object { return fr.fast[i] }
		}
	}
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		f, e := superFn(fr)
		if e != nil {
			return nil, e
		}
		var cls, self rt.Object
		if hasCell {
			cls = fr.cells[classCell].Get()
		}
		if first != nil {
			self = first(fr)
		}
		return rt.CallSuper(fr.t, f, cls, self)
	}
}
