package interp

import (
	"strings"
	"testing"

	rt "grumpy/runtime"
)

// runSource execs src in a fresh namespace and returns repr(result).
func runSource(t *testing.T, src string) string {
	t.Helper()
	th := rt.NewThread()
	p, e := compileSource(th, src, "<test>", "exec")
	if e != nil {
		t.Fatalf("compile: %v", describe(th, e))
	}
	g := rt.NewDict()
	g.SetStr("__name__", rt.NewStr("__test__"))
	if _, e := p.run(th, g, nil); e != nil {
		t.Fatalf("run: %v", describe(th, e))
	}
	v := g.GetStr("result")
	if v == nil {
		t.Fatalf("no result")
	}
	r, e := rt.Repr(th, v)
	if e != nil {
		t.Fatalf("repr: %v", describe(th, e))
	}
	return r.Value()
}

func describe(t *rt.Thread, e *rt.BaseException) string {
	s, exc := rt.Repr(t, e)
	if exc != nil {
		return "<exception>"
	}
	return s.Value()
}

func TestCallPath(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"recursion reuses no live frame", `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
result = [fib(i) for i in range(12)]`, "[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]"},
		{"locals start unbound on every call", `
def f(first):
    if first:
        x = 1
        return x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
result = (f(True), f(False))`, "(1, \"cannot access local variable 'x' where it is not associated with a value\")"},
		{"closures get fresh cells per call", `
def mk(v):
    def get():
        return v
    return get
fs = [mk(i) for i in range(4)]
result = [g() for g in fs]`, "[0, 1, 2, 3]"},
		{"cell parameters through the fixed-arity entries", `
def f1(a):
    return lambda: a
def f2(a, b):
    return lambda: (a, b)
def f3(a, b, c):
    return lambda: (a, b, c)
result = (f1(1)(), f2(1, 2)(), f3(1, 2, 3)(), f3(4, 5, 6)())`, "(1, (1, 2), (1, 2, 3), (4, 5, 6))"},
		{"keyword and default binding", `
def f(a, b=2, *, c=3, **kw):
    return (a, b, c, sorted(kw))
def g(a, b, c, d, e, f):
    return (a, b, c, d, e, f)
result = (f(1), f(1, c=5, z=0), g(1, 2, 3, 4, 5, f=6), g(*range(6)))`, "((1, 2, 3, []), (1, 2, 5, ['z']), (1, 2, 3, 4, 5, 6), (0, 1, 2, 3, 4, 5))"},
		{"binding errors leave the spare frame clean", `
def f(a, b):
    return (a, b)
errs = []
for args in [(1,), (1, 2, 3)]:
    try:
        f(*args)
    except TypeError as e:
        errs.append(str(e))
result = (errs, f(7, 8))`, "([\"f() missing 1 required positional argument: 'b'\", 'f() takes 2 positional arguments but 3 were given'], (7, 8))"},
		{"exceptions propagate and the frame is reused", `
def f(x):
    y = 10 // x
    return y
out = []
for v in [2, 0, 5]:
    try:
        out.append(f(v))
    except ZeroDivisionError as e:
        out.append(type(e).__name__)
result = out`, "[5, 'ZeroDivisionError', 2]"},
		{"generators keep their own frames", `
def gen(n):
    for i in range(n):
        yield i * i
a, b = gen(3), gen(4)
result = (list(a), list(b))`, "([0, 1, 4], [0, 1, 4, 9])"},
		{"self.x = y stores and unbound errors", `
class C:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def bad(self):
        self.z = w
        w = 1
c = C(1, 2)
try:
    c.bad()
except UnboundLocalError as e:
    msg = str(e)
result = (c.x, c.y, msg, hasattr(c, 'z'))`, "(1, 2, \"cannot access local variable 'w' where it is not associated with a value\", False)"},
		{"attribute stores honour __setattr__ and slots", `
class L:
    def __init__(self):
        self.log = []
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v)
        if k != 'log':
            self.log.append(k)
class S:
    __slots__ = ('a',)
    def __init__(self, a):
        self.a = a
l = L()
l.p = 1
l.q = 2
s = S(5)
try:
    s.b = 1
except AttributeError as e:
    err = str(e)
result = (l.log, s.a, err)`, "(['p', 'q'], 5, \"'S' object has no attribute 'b'\")"},
		{"__class__ reads", `
class A:
    pass
class B:
    @property
    def __class__(self):
        return int
class G:
    def __getattribute__(self, n):
        if n == '__class__':
            return str
        return object.__getattribute__(self, n)
a = A()
def cls(o):
    return o.__class__
r1 = (cls(a) is A, cls(B()) is int, cls(G()) is str, cls(3) is int, cls(A) is type)
a.__class__ = B
result = (r1, cls(a) is int)`, "((True, True, True, True, True), True)"},
		{"tuple display equality", `
nan = float('nan')
order = []
class E:
    def __init__(self, n, eq):
        self.n, self.eq = n, eq
    def __eq__(self, o):
        order.append(self.n)
        return self.eq
def ev(n, v):
    order.append(n)
    return v
def cmp(a, b, c, d):
    return (a, b) == (c, d), (a, b) != (c, d)
r = [cmp(1, 2, 1, 2), cmp(1, 2, 1, 3), cmp(nan, 1, nan, 1),
     cmp(E('x', True), E('y', False), 0, 0)]
t = (ev('l0', 1), ev('l1', 2)) == (ev('r0', 1), ev('r1', 2))
result = (r, order, t)`, "([(True, False), (False, True), (True, False), (False, True)], ['x', 'y', 'x', 'y', 'l0', 'l1', 'r0', 'r1'], True)"},
		{"tuple equality errors and truthiness", `
class Bad:
    def __eq__(self, o):
        raise ValueError('no')
class Odd:
    def __eq__(self, o):
        return []
def f(a, b):
    if (a, 1) == (b, 1):
        return 'eq'
    return 'ne'
try:
    f(Bad(), 1)
except ValueError as e:
    err = str(e)
b = Bad()
result = (err, f(b, b), f(Odd(), 1), (1, 2) == (1, 2, 3))`, "('no', 'eq', 'ne', False)"},
		{"is tests", `
def f(a, b):
    return (a is b, a is not b)
x = []
def g(a):
    if a is None:
        return 'none'
    elif a is not x:
        return 'other'
    return 'x'
result = (f(x, x), f(x, []), g(None), g(x), g(1))`, "((True, False), (False, True), 'none', 'x', 'other')"},
		{"dataclass-style generated methods", `
def __create_fn__(_type_x, _type_y, MISSING):
    def __init__(self, x: _type_x, y: _type_y = 0):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (self.x, self.y,) == (other.x, other.y,)
        return NotImplemented
    return __init__, __eq__
class P:
    pass
P.__init__, P.__eq__ = __create_fn__(int, int, None)
p = P(1, 2)
result = (p == P(1, 2), p == P(1, 3), p != P(1, 2), P(3).y, p == (1, 2), P.__init__.__annotations__)`, "(True, False, False, 0, False, {'x': <class 'int'>, 'y': <class 'int'>})"},
		{"global reads follow rebinding, deletion and builtins shadowing", `
def f():
    return g
def h():
    return len
g = 1
out = [f()]
g = 2
out.append(f())
del g
try:
    f()
except NameError as e:
    out.append(str(e))
g = 3
out.append(f())
out.append(h().__name__)
len = 'shadow'
out.append(h())
del len
out.append(h().__name__)
code = compile('def k():\n    return v\nr = k()', '<k>', 'exec')
d1, d2 = {'v': 'one'}, {'v': 'two'}
exec(code, d1)
exec(code, d2)
d1['v'] = 'uno'
out += [d1['r'], d2['r'], d1['k'](), d2['k']()]
result = out`, "[1, 2, \"name 'g' is not defined\", 3, 'len', 'shadow', 'len', 'one', 'two', 'uno', 'two']"},
		{"locals() scopes still see their frame", `
def g(a):
    b = a * 2
    return sorted(locals().items())
result = (g(1), g(5))`, "([('a', 1), ('b', 2)], [('a', 5), ('b', 10)])"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := runSource(t, strings.TrimPrefix(c.src, "\n"))
			if got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestConcurrentCalls runs one function from several threads at once: each
// activation must get its own frame.
func TestConcurrentCalls(t *testing.T) {
	th := rt.NewThread()
	p, e := compileSource(th, `
def f(a, b):
    s = 0
    for i in range(200):
        s += a * b
    return s
`, "<test>", "exec")
	if e != nil {
		t.Fatal(describe(th, e))
	}
	g := rt.NewDict()
	if _, e := p.run(th, g, nil); e != nil {
		t.Fatal(describe(th, e))
	}
	f := g.GetStr("f")
	done := make(chan string, 8)
	for w := 0; w < 8; w++ {
		go func(w int) {
			th := rt.NewThread()
			for i := 0; i < 300; i++ {
				r, e := rt.Call2(th, f, rt.MakeInt(int64(w)), rt.MakeInt(int64(i)))
				if e != nil {
					done <- describe(th, e)
					return
				}
				if r != rt.Object(rt.MakeInt(int64(200*w*i))) {
					done <- "wrong result"
					return
				}
			}
			done <- ""
		}(w)
	}
	for w := 0; w < 8; w++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// BenchmarkGeneratedMethods times what bm_dataclass exercises: a class whose
// __init__ and __eq__ were made by exec (dataclasses' shape).
func BenchmarkGeneratedMethods(b *testing.B) {
	th := rt.NewThread()
	p, e := compileSource(th, `
def __create_fn__(_type_x):
    def __init__(self, x: _type_x, y: _type_x, z: _type_x, w: _type_x, v: _type_x):
        self.x = x
        self.y = y
        self.z = z
        self.w = w
        self.v = v
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (self.x, self.y, self.z, self.w, self.v,) == (other.x, other.y, other.z, other.w, other.v,)
        return NotImplemented
    return __init__, __eq__
class P:
    pass
P.__init__, P.__eq__ = __create_fn__(int)
ref = P(1, 2, 3, 4, 5)
`, "<bench>", "exec")
	if e != nil {
		b.Fatal(describe(th, e))
	}
	g := rt.NewDict()
	g.SetStr("__name__", rt.NewStr("bench"))
	if _, e := p.run(th, g, nil); e != nil {
		b.Fatal(describe(th, e))
	}
	cls, ref := g.GetStr("P"), g.GetStr("ref")
	args := []rt.Object{rt.MakeInt(0), rt.MakeInt(2), rt.MakeInt(3), rt.MakeInt(4), rt.MakeInt(5)}
	b.Run("init", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, e := rt.Call(th, cls, args, nil); e != nil {
				b.Fatal(describe(th, e))
			}
		}
	})
	o, _ := rt.Call(th, cls, args, nil)
	b.Run("eq", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, e := rt.CompareBool(th, rt.CmpEQ, o, ref); e != nil {
				b.Fatal(describe(th, e))
			}
		}
	})
}
