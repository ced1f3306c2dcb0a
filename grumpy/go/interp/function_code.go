package interp

import rt "grumpy/runtime"

// MakeFunction implements rt.FunctionMaker: a function running the def's
// code with other globals, defaults and closure (types.FunctionType,
// exec/eval of a def's code object). Its cells are looked up in the
// function's own closure (acquire), so any globals and cells will do.
func (fi *funcInfo) MakeFunction(code *rt.Code, globals *rt.Dict, defaults []rt.Object, closure []*rt.Cell) *rt.Function {
	fn := rt.NewFunction(code, rt.Fn(fi.call), globals, defaults, nil, closure)
	fn.SetDoc(fi.doc)
	if fi.plain {
		switch fi.nparams {
		case 0:
			fn.SetFast0(fi.fast0)
		case 1:
			fn.SetFast1(fi.fast1)
		case 2:
			fn.SetFast2(fi.fast2)
		case 3:
			fn.SetFast3(fi.fast3)
		}
	}
	return fn
}
