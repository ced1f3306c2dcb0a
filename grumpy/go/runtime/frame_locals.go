package runtime

// locals() for compiled and interpreted frames.
//
// A frame's variables live in Go variables (compiled code) or slices
// (package interp), which the runtime cannot enumerate. A scope that can
// observe its own locals (its body names locals, vars, dir, eval or exec, or
// it is a class body) registers a provider on its frame at entry; the
// builtins and frame.f_locals call it. Frames without one report an empty
// dict, except module frames, whose locals are their globals.

// SetLocals registers fn as the frame's locals provider.
func (f *Frame) SetLocals(fn func() Object) { f.locals = fn }

// SetLocalsMapping makes m the frame's locals (class bodies, exec with a
// locals mapping).
func (f *Frame) SetLocalsMapping(m Object) { f.locals = func() Object { return m } }

// LocalsOf is the frame's locals mapping: what locals() returns in it.
func LocalsOf(f *Frame) Object {
	if f == nil {
		return NewDict()
	}
	if f.locals != nil {
		return f.locals()
	}
	if f.globals != nil && f.code != nil && f.code.Name == "<module>" {
		return f.globals
	}
	return NewDict()
}

// CurrentLocals is locals() for the running frame.
func CurrentLocals(t *Thread) Object { return LocalsOf(t.CurrentFrame()) }

// FastLocals is the snapshot dict a function frame's locals() returns: one
// dict per activation, refreshed on every call as CPython's
// PyFrame_FastToLocals does (bound variables are stored in order, unbound
// ones removed, other keys kept).
type FastLocals struct {
	d *Dict
}

// Begin returns the activation's dict, made on first use.
func (fl *FastLocals) Begin() *Dict {
	if fl.d == nil {
		fl.d = NewDict()
	}
	return fl.d
}

// LocalsPut records one variable in a locals snapshot: v nil (unbound)
// removes the name.
func LocalsPut(d *Dict, name *Str, v Object) {
	if v == nil {
		d.delStr(name)
		return
	}
	d.SetItemStr(name, v)
}

// LocalsPutCell records a cell variable; a nil cell counts as unbound.
func LocalsPutCell(d *Dict, name *Str, c *Cell) {
	if c == nil {
		d.delStr(name)
		return
	}
	LocalsPut(d, name, c.Get())
}
