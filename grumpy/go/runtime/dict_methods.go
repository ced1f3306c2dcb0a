package runtime

// The methods of dict, its iterators, and the merge/update helpers.

const (
	dictKindKeys = iota
	dictKindValues
	dictKindItems
)

// dictIter iterates a dict's keys, values or items, forwards or backwards,
// with CPython's mutation checks. Its state is guarded by the dict's mutex,
// so each step takes one lock.
type dictIter struct {
	d         *Dict
	kind      int
	rev       bool
	done      bool
	used      int // dict size when created; -1 after a size change (sticky)
	pos       int
	remaining int
}

var dictIterTypes = [2][3]*Type{
	{finalType(newBuiltinType("dict_keyiterator", ObjectType)),
		finalType(newBuiltinType("dict_valueiterator", ObjectType)),
		finalType(newBuiltinType("dict_itemiterator", ObjectType))},
	{finalType(newBuiltinType("dict_reversekeyiterator", ObjectType)),
		finalType(newBuiltinType("dict_reversevalueiterator", ObjectType)),
		finalType(newBuiltinType("dict_reverseitemiterator", ObjectType))},
}

// exhaustedDict replaces the dict of an exhausted iterator, which is
// locked by the iterators that see done.
var exhaustedDict = &Dict{}

func (it *dictIter) Type() *Type {
	if it.rev {
		return dictIterTypes[1][it.kind]
	}
	return dictIterTypes[0][it.kind]
}

func newDictIter(d *Dict, kind int, rev bool) *dictIter {
	d.mu.Lock()
	it := &dictIter{d: d, kind: kind, rev: rev, used: d.used, remaining: d.used}
	if rev {
		it.pos = len(d.entries) - 1
		if d.used == 0 {
			it.pos = -1
		}
	}
	d.mu.Unlock()
	return it
}

func (it *dictIter) next(t *Thread) (Object, *BaseException) {
	e, exc := it.nextEntry()
	if e.key == nil || exc != nil {
		return nil, exc
	}
	switch it.kind {
	case dictKindKeys:
		return e.key, nil
	case dictKindValues:
		return e.value, nil
	}
	return NewTuple(e.key, e.value), nil
}

// nextEntry advances the iterator; a zero entry at the end.
func (it *dictIter) nextEntry() (dictEntry, *BaseException) {
	d := it.d
	d.mu.Lock()
	if it.done {
		d.mu.Unlock()
		return dictEntry{}, nil
	}
	if it.used != d.used {
		it.used = -1
		d.mu.Unlock()
		return dictEntry{}, NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	var e dictEntry
	if it.rev {
		i := it.pos
		if i >= len(d.entries) {
			i = len(d.entries) - 1
		}
		for i >= 0 && d.entries[i].key == nil {
			i--
		}
		if i < 0 {
			it.done = true
			it.d = exhaustedDict // released, as CPython's dictiterobject does
			d.mu.Unlock()
			return dictEntry{}, nil
		}
		e = d.entries[i]
		it.pos = i - 1
	} else {
		i := it.pos
		for i < len(d.entries) && d.entries[i].key == nil {
			i++
		}
		if i >= len(d.entries) {
			it.done = true
			it.d = exhaustedDict
			d.mu.Unlock()
			return dictEntry{}, nil
		}
		if it.remaining == 0 {
			it.done = true
			d.mu.Unlock()
			return dictEntry{}, NewError(RuntimeErrorType, "dictionary keys changed during iteration")
		}
		e = d.entries[i]
		it.pos = i + 1
	}
	it.remaining--
	d.mu.Unlock()
	return e, nil
}

func dictSelf(args []Object, name string) (*Dict, *BaseException) {
	if len(args) > 0 {
		if d, ok := args[0].(*Dict); ok {
			return d, nil
		}
	}
	return nil, descrSelfError(name, DictType, args)
}

func dictMethod(name string, fn func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(DictType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d, exc := dictSelf(args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, d, args[1:], kw)
	})
}

var strKeys = InternStr("keys")

// usesDictIter reports whether o is a dict whose iteration is the builtin
// one (CPython merges such dicts entry by entry, ignoring keys()).
func usesDictIter(o Object) (*Dict, bool) {
	d, ok := o.(*Dict)
	if !ok {
		return nil, false
	}
	if d.hdr.typ == nil {
		return d, true
	}
	return d, d.hdr.typ.lookup(strIter) == dictIterMethod
}

var dictIterMethod Object

// dictMerge is PyDict_Merge(d, src, override=1).
func dictMerge(t *Thread, d *Dict, src Object) *BaseException {
	if sd, ok := usesDictIter(src); ok {
		if sd == d {
			return nil
		}
		return dictMergeDict(t, d, sd)
	}
	keys, exc := CallMethod(t, src, strKeys, nil, nil)
	if exc != nil {
		return exc
	}
	return ForEach(t, keys, func(k Object) (bool, *BaseException) {
		v, exc := GetItem(t, src, k)
		if exc != nil {
			return false, exc
		}
		return true, d.SetItem(t, k, v)
	})
}

// dictMergeDict merges another dict's entries in order, reusing their
// hashes. As CPython's dict_merge, an insertion whose __eq__ or __hash__
// adds to or clears the source stops the merge with RuntimeError (the
// entries are walked by position, which such a mutation invalidates).
func dictMergeDict(t *Thread, d, sd *Dict) *BaseException {
	sd.mu.Lock()
	n := len(sd.entries)
	sd.mu.Unlock()
	for i := 0; i < n; i++ {
		sd.mu.Lock()
		if len(sd.entries) != n {
			sd.mu.Unlock()
			return NewError(RuntimeErrorType, "dict mutated during update")
		}
		e := sd.entries[i]
		sd.mu.Unlock()
		if e.key == nil {
			continue
		}
		d.mu.Lock()
		exc := d.insert(t, e.key, e.hash, e.value)
		d.mu.Unlock()
		if exc != nil {
			return exc
		}
		sd.mu.Lock()
		changed := len(sd.entries) != n
		sd.mu.Unlock()
		if changed {
			return NewError(RuntimeErrorType, "dict mutated during update")
		}
	}
	return nil
}

// dictMergeSeq2 is PyDict_MergeFromSeq2: an iterable of key/value pairs.
func dictMergeSeq2(t *Thread, d *Dict, seq Object) *BaseException {
	i := 0
	return ForEach(t, seq, func(item Object) (bool, *BaseException) {
		pair, ok := seqItems(item)
		if !ok {
			var exc *BaseException
			pair, exc = ToSlice(t, item)
			if exc != nil {
				if exc.IsInstanceOf(TypeErrorType) && !isIterable(item) {
					return false, Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				return false, exc
			}
		}
		if len(pair) != 2 {
			return false, Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return true, d.SetItem(t, pair[0], pair[1])
	})
}

// dictUpdateArg is dict_update_arg: a mapping (anything with keys()) or
// an iterable of pairs.
func dictUpdateArg(t *Thread, d *Dict, arg Object) *BaseException {
	if _, ok := usesDictIter(arg); ok {
		return dictMerge(t, d, arg)
	}
	has, exc := HasAttr(t, arg, strKeys)
	if exc != nil {
		return exc
	}
	if has {
		return dictMerge(t, d, arg)
	}
	return dictMergeSeq2(t, d, arg)
}

// dictUpdateCommon is dict(...)/dict.update(...): one optional positional
// argument, then keyword items.
func dictUpdateCommon(t *Thread, d *Dict, args []Object, kw []*Str, name string) *BaseException {
	npos := len(args) - len(kw)
	if npos > 1 {
		return Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if exc := dictUpdateArg(t, d, args[0]); exc != nil {
			return exc
		}
	}
	for i, k := range kw {
		if exc := d.SetItem(t, k, args[npos+i]); exc != nil {
			return exc
		}
	}
	return nil
}

// dictSubscript is dict.__getitem__, with __missing__ for subclasses.
func dictSubscript(t *Thread, d *Dict, key Object) (Object, *BaseException) {
	v, exc := d.GetItem(t, key)
	if exc != nil || v != nil {
		return v, exc
	}
	if d.hdr.typ != nil {
		if f := d.hdr.typ.lookup(strMissing); f != nil {
			return callBinaryDunder(t, f, d, key)
		}
	}
	return nil, keyError(key)
}

func dictRepr(t *Thread, d *Dict) (Object, *BaseException) {
	if d.Len() == 0 {
		return NewStr("{}"), nil
	}
	if !reprEnter(t, d) {
		return NewStr("{...}"), nil
	}
	defer reprLeave(t, d)
	buf := make([]byte, 0, 32)
	buf = append(buf, '{')
	first := true
	for pos := 0; ; {
		k, v, next := d.entryAt(pos)
		if k == nil {
			break
		}
		pos = next
		if !first {
			buf = append(buf, ", "...)
		}
		first = false
		r, exc := Repr(t, k)
		if exc != nil {
			return nil, exc
		}
		buf = append(buf, r.s...)
		buf = append(buf, ": "...)
		if r, exc = Repr(t, v); exc != nil {
			return nil, exc
		}
		buf = append(buf, r.s...)
	}
	buf = append(buf, '}')
	return NewStr(string(buf)), nil
}

// dictEqual is dict_equal.
func dictEqual(t *Thread, a, b *Dict) (bool, *BaseException) {
	if a == b {
		return true, nil
	}
	if a.Len() != b.Len() {
		return false, nil
	}
	for pos := 0; ; {
		a.mu.Lock()
		for pos < len(a.entries) && a.entries[pos].key == nil {
			pos++
		}
		if pos >= len(a.entries) {
			a.mu.Unlock()
			return true, nil
		}
		e := a.entries[pos]
		a.mu.Unlock()
		pos++
		bv, exc := b.getKnownHash(t, e.key, e.hash)
		if exc != nil {
			return false, exc
		}
		if bv == nil {
			return false, nil
		}
		eq, exc := richEq(t, e.value, bv)
		if exc != nil || !eq {
			return false, exc
		}
	}
}

// dictCopy is PyDict_Copy: an exact dict with d's items (through keys()
// for a subclass that overrides __iter__).
func dictCopy(t *Thread, d *Dict) (*Dict, *BaseException) {
	if _, ok := usesDictIter(d); ok {
		return d.Copy(), nil
	}
	n := NewDict()
	return n, dictMerge(t, n, d)
}

// dictOr is dict | other.
func dictOr(t *Thread, a, b Object) (Object, *BaseException) {
	da, ok1 := a.(*Dict)
	_, ok2 := b.(*Dict)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	n, exc := dictCopy(t, da)
	if exc != nil {
		return nil, exc
	}
	if exc := dictUpdateArg(t, n, b); exc != nil {
		return nil, exc
	}
	return n, nil
}

func init() {
	DictType.dict.SetStr("__hash__", None)
	DefStatic(DictType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "dict.__new__(): not enough arguments")
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "dict.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		}
		if !typ.IsSubtype(DictType) {
			return nil, Errorf(TypeErrorType, "dict.__new__(%s): %s is not a subtype of dict", typ.name, typ.name)
		}
		d := NewDict()
		if typ != DictType {
			d.hdr = header{typ: typ, dict: NewDict()}
		}
		return d, nil
	})
	DefMethod(DictType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d, ok := Object(nil), false
		if len(args) > 0 {
			d, ok = args[0].(*Dict)
		}
		if !ok {
			if len(args) == 0 {
				return nil, NewError(TypeErrorType, "descriptor '__init__' of 'dict' object needs an argument")
			}
			return nil, Errorf(TypeErrorType, "descriptor '__init__' requires a 'dict' object but received a '%s'", TypeOf(args[0]).name)
		}
		return None, dictUpdateCommon(t, d.(*Dict), args[1:], kw, "dict")
	})
	dictMethod("__getitem__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__getitem__", "__getitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return dictSubscript(t, d, args[0])
	})
	dictMethod("__setitem__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__setitem__", "__setitem__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		return None, d.SetItem(t, args[0], args[1])
	})
	dictMethod("__delitem__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__delitem__", "__delitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		found, exc := d.DelItem(t, args[0])
		if exc == nil && !found {
			exc = keyError(args[0])
		}
		return None, exc
	})
	dictMethod("__contains__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__contains__", "__contains__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		v, exc := d.GetItem(t, args[0])
		return Bool(v != nil), exc
	})
	dictMethod("__len__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__len__", "__len__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(d.Len())), nil
	})
	dictMethod("__iter__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__iter__", "__iter__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return newDictIter(d, dictKindKeys, false), nil
	})
	dictIterMethod = DictType.dict.GetStr("__iter__")
	dictMethod("__reversed__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__reversed__", "__reversed__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return newDictIter(d, dictKindKeys, true), nil
	})
	dictMethod("__repr__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		return dictRepr(t, d)
	})
	dictMethod("__eq__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__eq__", "__eq__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		o, ok := args[0].(*Dict)
		if !ok {
			return NotImplemented, nil
		}
		eq, exc := dictEqual(t, d, o)
		return Bool(eq), exc
	})
	dictMethod("__ne__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__ne__", "__ne__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		o, ok := args[0].(*Dict)
		if !ok {
			return NotImplemented, nil
		}
		eq, exc := dictEqual(t, d, o)
		return Bool(!eq), exc
	})
	dictMethod("__or__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__or__", "__or__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return dictOr(t, d, args[0])
	})
	dictMethod("__ror__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__ror__", "__ror__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return dictOr(t, args[0], d)
	})
	dictMethod("__ior__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.__ior__", "__ior__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if exc := dictUpdateArg(t, d, args[0]); exc != nil {
			return nil, exc
		}
		return d, nil
	})
	dictMethod("get", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.get", "get", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		v, exc := d.GetItem(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if v == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}
		return v, nil
	})
	dictMethod("setdefault", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.setdefault", "setdefault", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		var def Object = None
		if len(args) == 2 {
			def = args[1]
		}
		h, exc := Hash(t, args[0])
		if exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		n, _, exc := d.find(t, args[0], h)
		if exc != nil {
			return nil, exc
		}
		if n >= 0 {
			return d.entries[n].value, nil
		}
		d.appendNew(args[0], h, def)
		return def, nil
	})
	dictMethod("pop", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.pop", "pop", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		if d.Len() == 0 {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, keyError(args[0])
		}
		h, exc := Hash(t, args[0])
		if exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		v, found, exc := d.remove(t, args[0], h)
		d.mu.Unlock()
		if exc != nil {
			return nil, exc
		}
		if !found {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, keyError(args[0])
		}
		return v, nil
	})
	dictMethod("popitem", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.popitem", "popitem", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		k, v, ok := d.popLast()
		if !ok {
			return nil, NewError(KeyErrorType, "popitem(): dictionary is empty")
		}
		return NewTuple(k, v), nil
	})
	dictMethod("update", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		return None, dictUpdateCommon(t, d, args, kw, "update")
	})
	dictMethod("keys", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.keys", "keys", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &DictView{d: d, kind: dictKindKeys}, nil
	})
	dictMethod("values", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.values", "values", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &DictView{d: d, kind: dictKindValues}, nil
	})
	dictMethod("items", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.items", "items", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &DictView{d: d, kind: dictKindItems}, nil
	})
	dictMethod("copy", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.copy", "copy", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return dictCopy(t, d)
	})
	dictMethod("clear", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.clear", "clear", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		d.Clear()
		return None, nil
	})
	DefClassMethod(DictType, "fromkeys", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("dict.fromkeys", "fromkeys", args[1:], kw, 1, 2); exc != nil {
			return nil, exc
		}
		var value Object = None
		if len(args) == 3 {
			value = args[2]
		}
		r, exc := Call0(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if d, ok := r.(*Dict); ok && d.hdr.typ == nil {
			if src, ok := args[1].(*Dict); ok && src.hdr.typ == nil {
				for _, e := range src.liveEntries() {
					d.mu.Lock()
					exc := d.insert(t, e.key, e.hash, value)
					d.mu.Unlock()
					if exc != nil {
						return nil, exc
					}
				}
				return d, nil
			}
			// From an exact set or frozenset the stored hashes are reused,
			// as CPython does: __hash__ is not called again.
			if src, ok := args[1].(*Set); ok && src.hdr.typ == nil {
				for _, e := range src.entries() {
					d.mu.Lock()
					exc := d.insert(t, e.key, e.hash, value)
					d.mu.Unlock()
					if exc != nil {
						return nil, exc
					}
				}
				return d, nil
			}
			return d, ForEach(t, args[1], func(k Object) (bool, *BaseException) {
				return true, d.SetItem(t, k, value)
			})
		}
		return r, ForEach(t, args[1], func(k Object) (bool, *BaseException) {
			return true, SetItem(t, r, k, value)
		})
	})
	DefClassMethod(DictType, "__class_getitem__", classGetItem)
	for _, row := range dictIterTypes {
		for _, typ := range row {
			defIterMethods(typ)
		}
	}
}
