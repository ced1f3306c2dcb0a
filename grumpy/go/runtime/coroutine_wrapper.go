package runtime

// The coroutine_wrapper (what coroutine.__await__() returns): an iterator
// that forwards next/send/throw/close to its coroutine. And the pickling
// refusal of generator-like objects ("cannot pickle 'coroutine' object",
// what CPython's object.__reduce_ex__ says for a type without state to
// save): copy.copy() and pickle.dumps() of them raise TypeError.

const (
	coroSendDoc  = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."
	coroThrowDoc = "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."
	coroCloseDoc = "close() -> raise GeneratorExit inside coroutine."
	genSendDoc   = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."
	genThrowDoc  = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."
	genCloseDoc  = "close() -> raise GeneratorExit inside generator."
)

func setMethodDoc(typ *Type, name, doc string) {
	if b, ok := typ.dict.GetStr(name).(*Builtin); ok {
		b.doc = doc
	}
}

// awaitingAlready reports whether the coroutine is suspended in an await
// (CPython's _PyGen_yf is not NULL): awaiting it again is an error.
func (g *Generator) awaitingAlready() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.yieldFrom != nil && !g.Done && !g.running
}

func coroWrapperSelf(args []Object, name string) (*coroWrapper, *BaseException) {
	if len(args) > 0 {
		if w, ok := args[0].(*coroWrapper); ok {
			return w, nil
		}
	}
	return nil, descrSelfError(name, coroWrapperType, args)
}

func defCoroWrapperMethod(name, doc string, fn BuiltinFn) {
	DefMethod(coroWrapperType, name, fn)
	setMethodDoc(coroWrapperType, name, doc)
}

// initCoroWrapper defines coroutine_wrapper's methods (generator.go's init
// calls it after the generator types are set up).
func initCoroWrapper() {
	setMethodDoc(GeneratorType, "send", genSendDoc)
	setMethodDoc(GeneratorType, "throw", genThrowDoc)
	setMethodDoc(GeneratorType, "close", genCloseDoc)
	setMethodDoc(CoroutineType, "send", coroSendDoc)
	setMethodDoc(CoroutineType, "throw", coroThrowDoc)
	setMethodDoc(CoroutineType, "close", coroCloseDoc)
	DefMethod(coroWrapperType, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if _, exc := coroWrapperSelf(args, "__iter__"); exc != nil {
			return nil, exc
		}
		return args[0], nil
	})
	DefMethod(coroWrapperType, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		w, exc := coroWrapperSelf(args, "__next__")
		if exc != nil {
			return nil, exc
		}
		return w.g.Send(t, None)
	})
	defCoroWrapperMethod("send", coroSendDoc, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		w, exc := coroWrapperSelf(args, "send")
		if exc != nil {
			return nil, exc
		}
		if len(args) != 2 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "coroutine_wrapper.send() takes exactly one argument (%d given)", len(args)-1)
		}
		return w.g.Send(t, args[1])
	})
	defCoroWrapperMethod("throw", coroThrowDoc, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		w, exc := coroWrapperSelf(args, "throw")
		if exc != nil {
			return nil, exc
		}
		e, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		return w.g.Throw(t, e)
	})
	defCoroWrapperMethod("close", coroCloseDoc, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		w, exc := coroWrapperSelf(args, "close")
		if exc != nil {
			return nil, exc
		}
		return None, w.g.Close(t)
	})
	for _, typ := range []*Type{GeneratorType, CoroutineType, AsyncGeneratorType, coroWrapperType} {
		typ := typ
		refuse := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", typ.name)
		}
		DefMethod(typ, "__reduce_ex__", refuse)
		DefMethod(typ, "__reduce__", refuse)
	}
}
