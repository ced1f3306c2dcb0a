package runtime

import "sync"

// The hottest builtin methods get fixed-arity entries so that a call such
// as `lst.append(x)` at a method site (attr_site.go) builds no argument
// slice. Each entry handles only the exact arity it is installed for, on an
// exact instance of the owner type, and must behave exactly as the full
// entry; anything unusual (an error to report) may defer to it.

var installFastMethodsOnce sync.Once

func installFastMethods() {
	installFastMethodsOnce.Do(func() {
		fastMethod1(ListType, "append", func(t *Thread, self, a Object) (Object, *BaseException) {
			self.(*List).Append(a)
			return None, nil
		})
		fastMethod0(ListType, "pop", func(t *Thread, self Object) (Object, *BaseException) {
			l := self.(*List)
			l.mu.Lock()
			n := len(l.items)
			if n == 0 {
				l.mu.Unlock()
				return nil, NewError(IndexErrorType, "pop from empty list")
			}
			v := l.items[n-1]
			l.deleteAt(n - 1)
			l.mu.Unlock()
			return v, nil
		})
		fastMethod1(DictType, "get", func(t *Thread, self, a Object) (Object, *BaseException) {
			v, exc := self.(*Dict).GetItem(t, a)
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				return None, nil
			}
			return v, nil
		})
		for kind, name := range []string{dictKindKeys: "keys", dictKindValues: "values", dictKindItems: "items"} {
			kind := kind
			fastMethod0(DictType, name, func(t *Thread, self Object) (Object, *BaseException) {
				return &DictView{d: self.(*Dict), kind: kind}, nil
			})
		}
		fastMethod1(StrType, "join", func(t *Thread, self, a Object) (Object, *BaseException) {
			return strJoin(t, self.(*Str), a)
		})
		fastMethod1(SetType, "add", func(t *Thread, self, a Object) (Object, *BaseException) {
			return None, self.(*Set).Add(t, a)
		})
		fastBuiltin1("len", func(t *Thread, a Object) (Object, *BaseException) {
			n, exc := Len(t, a)
			if exc != nil {
				return nil, exc
			}
			return MakeInt(int64(n)), nil
		})
		fastBuiltin1("abs", Abs)
		fastBuiltin1("iter", Iter)
		fastBuiltin1("next", NextOrStop)
		fastBuiltin2("isinstance", func(t *Thread, a, b Object) (Object, *BaseException) {
			r, exc := IsInstance(t, a, b)
			return Bool(r), exc
		})
	})
}

// fastBuiltin1/2 install the entries Call1/Call2 use for a builtin
// function called with exactly one/two positional arguments.
func fastBuiltin1(name string, fn func(t *Thread, a Object) (Object, *BaseException)) {
	if b, ok := Builtins.getStr(InternStr(name)).(*Builtin); ok && !b.method {
		b.fastSelf = fn
	}
}

func fastBuiltin2(name string, fn func(t *Thread, a, b Object) (Object, *BaseException)) {
	if b, ok := Builtins.getStr(InternStr(name)).(*Builtin); ok && !b.method {
		b.fastSelf1 = fn
	}
}

func fastMethod0(typ *Type, name string, fn func(t *Thread, self Object) (Object, *BaseException)) {
	if b, ok := typ.dict.getStr(InternStr(name)).(*Builtin); ok {
		b.fastSelf = fn
	}
}

func fastMethod1(typ *Type, name string, fn func(t *Thread, self, a Object) (Object, *BaseException)) {
	if b, ok := typ.dict.getStr(InternStr(name)).(*Builtin); ok {
		b.fastSelf1 = fn
	}
}

// builtinMethodOf returns the builtin method o.name resolves to when o is
// an exact instance of a builtin type without an attribute dict (so
// nothing can shadow the type's method); nil otherwise.
func (s *AttrSite) builtinMethodOf(o Object, name *Str) *Builtin {
	typ := o.Type()
	if !typ.builtin || dictOf(o) != nil || typ == SuperType { // super's attributes skip its own type
		return nil
	}
	if _, isType := o.(*Type); isType {
		return nil
	}
	c := s.entry(typ, name)
	if c == nil {
		return nil
	}
	b, ok := c.class.(*Builtin)
	if !ok || !b.method || b.owner != typ {
		return nil
	}
	return b
}
