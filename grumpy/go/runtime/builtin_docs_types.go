package runtime

// CPython 3.11's docstrings of the builtin types (list.__doc__, range.__doc__
// ...) and of the exceptions excDocs lacks. A static type's dict holds its
// doc, so instances see it too ([].__doc__), never object's.
var builtinTypeDocs = map[string]string{
	"property": "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x",
	"type": "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
		"__loader__": "Meta path import for built-in modules.\n\n    All methods are either class or static methods to avoid the need to\n    instantiate the class.\n\n    ",
		"bytearray": "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
		"bytes": "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
		"classmethod": "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.",
		"complex": "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
		"dict": "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
		"enumerate": "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
		"filter": "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.",
		"float": "Convert a string or number to a floating point number, if possible.",
		"frozenset": "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
		"int": "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
		"list": "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
		"map": "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.",
		"memoryview": "Create a new memoryview object which references the given object.",
		"range": "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
		"reversed": "Return a reverse iterator over the values of the given sequence.",
		"set": "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
		"slice": "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
		"staticmethod": "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.",
		"str": "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
		"super": "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n",
		"tuple": "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
		"zip": "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.",
}

func init() {
	for k, v := range map[string]string{
		"BaseException": "Common base class for all exceptions",
		"BaseExceptionGroup": "A combination of multiple unrelated exceptions.",
		"BlockingIOError": "I/O operation would block.",
		"BrokenPipeError": "Broken pipe.",
		"BufferError": "Buffer error.",
		"BytesWarning": "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
		"ChildProcessError": "Child process error.",
		"ConnectionAbortedError": "Connection aborted.",
		"ConnectionError": "Connection error.",
		"ConnectionRefusedError": "Connection refused.",
		"ConnectionResetError": "Connection reset.",
		"EncodingWarning": "Base class for warnings about encodings.",
		"EnvironmentError": "Base class for I/O related errors.",
		"FileExistsError": "File already exists.",
		"FileNotFoundError": "File not found.",
		"FloatingPointError": "Floating point operation failed.",
		"FutureWarning": "Base class for warnings about constructs that will change semantically\nin the future.",
		"IOError": "Base class for I/O related errors.",
		"ImportWarning": "Base class for warnings about probable mistakes in module imports",
		"IndentationError": "Improper indentation.",
		"InterruptedError": "Interrupted by signal.",
		"IsADirectoryError": "Operation doesn't work on directories.",
		"NotADirectoryError": "Operation only works on directories.",
		"PendingDeprecationWarning": "Base class for warnings about features which will be deprecated\nin the future.",
		"PermissionError": "Not enough permissions.",
		"ProcessLookupError": "Process not found.",
		"ReferenceError": "Weak ref proxy used after referent went away.",
		"ResourceWarning": "Base class for warnings about resource usage.",
		"StopAsyncIteration": "Signal the end from iterator.__anext__().",
		"SyntaxWarning": "Base class for warnings about dubious syntax.",
		"SystemError": "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
		"TabError": "Improper mixture of spaces and tabs.",
		"TimeoutError": "Timeout expired.",
		"UnboundLocalError": "Local name referenced but not bound to a value.",
		"UnicodeDecodeError": "Unicode decoding error.",
		"UnicodeEncodeError": "Unicode encoding error.",
		"UnicodeTranslateError": "Unicode translation error.",
		"UnicodeWarning": "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
	} {
		if _, ok := excDocs[k]; !ok {
			excDocs[k] = v
		}
	}
	var walk func(typ *Type)
	seen := map[*Type]bool{}
	walk = func(typ *Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		if typ.builtin && typ.module == "builtins" && typ.dict.GetStr("__doc__") == nil {
			if d, ok := builtinTypeDocs[typ.name]; ok {
				typ.dict.SetStr("__doc__", NewStr(d))
			}
		}
		for _, s := range typ.subclasses.list() {
			walk(s)
		}
	}
	walk(ObjectType)
}

// builtinTypeDocGetset is type_get_doc for a builtin type whose dict's
// __doc__ is the getset its instances use (property, type): the type's own
// docstring, not the descriptor.
func builtinTypeDocGetset(typ *Type) (Object, bool) {
	if !typ.builtin {
		return nil, false
	}
	switch typ.dict.GetStr("__doc__").(type) {
	case *Str, nil:
		return nil, false
	}
	if d, ok := builtinTypeDocs[typ.name]; ok && typ.module == "builtins" {
		return NewStr(d), true
	}
	return nil, false
}
