package runtime

// The `_ast` module: CPython's AST node classes (from the generated table
// in mod_ast_gen.go), so that `ast` and its importers (inspect, dataclasses,
// ...) import. compile(..., PyCF_ONLY_AST), and so ast.parse, builds trees
// of these classes (interp/ast_export.go); mod_ast_defaults.go holds their
// None class defaults.

type astClassSpec struct {
	name, base   string
	fields, attr []string
}

func init() {
	RegisterModule(&ModuleSpec{Name: "_ast", Native: initAst})
}

func initAst(t *Thread, m *Module) *BaseException {
	d := m.Dict()
	d.SetStr("PyCF_ONLY_AST", MakeInt(1024))
	d.SetStr("PyCF_TYPE_COMMENTS", MakeInt(4096))
	d.SetStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", MakeInt(8192))
	classes := map[string]*Type{}
	for _, spec := range astClasses {
		ns := NewDict()
		ns.SetStr("__module__", NewStr("ast"))
		ns.SetStr("_fields", strTuple(spec.fields))
		ns.SetStr("_attributes", strTuple(spec.attr))
		var bases []*Type
		if spec.base != "" {
			bases = []*Type{classes[spec.base]}
		} else {
			ns.SetStr("__init__", &Builtin{name: "__init__", fn: astInit, method: true})
			ns.SetStr("__reduce__", &Builtin{name: "__reduce__", fn: astReduce, method: true})
		}
		cls, exc := NewClass(t, TypeType, spec.name, bases, ns)
		if exc != nil {
			return exc
		}
		astClassDefaults(cls, spec)
		classes[spec.name] = cls
		d.SetStr(spec.name, cls)
	}
	return nil
}

// astInit is AST.__init__: positional arguments fill _fields in order,
// keywords set any attribute.
func astInit(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	self := args[0]
	npos := len(args) - 1 - len(kw)
	fieldsObj, exc := GetAttr(t, self, InternStr("_fields"))
	if exc != nil {
		return nil, exc
	}
	fields, exc := ToSlice(t, fieldsObj)
	if exc != nil {
		return nil, exc
	}
	if npos > len(fields) {
		return nil, Errorf(TypeErrorType, "%s constructor takes at most %d positional argument%s", TypeOf(self).name, len(fields), plural(len(fields)))
	}
	for i := 0; i < npos; i++ {
		if exc := SetAttr(t, self, fields[i].(*Str), args[1+i]); exc != nil {
			return nil, exc
		}
	}
	for i, k := range kw {
		if exc := SetAttr(t, self, k, args[1+npos+i]); exc != nil {
			return nil, exc
		}
	}
	return None, nil
}

func astReduce(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	self := args[0]
	var d Object = NewDict()
	if dd := dictOf(self); dd != nil {
		d = dd
	}
	return NewTuple(TypeOf(self), emptyTuple, d), nil
}
