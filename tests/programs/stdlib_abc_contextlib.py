import abc, contextlib, io, os, sys, tempfile, asyncio
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perim(self): ...
    @property
    @abstractmethod
    def name(self): ...
for cls in [Shape]:
    try:
        cls()
    except TypeError as ex:
        print(type(ex).__name__, ex)
class Half(Shape):
    def area(self): return 1
    name = "half"
try:
    Half()
except TypeError as ex:
    print(type(ex).__name__, ex)
class Sq(Half):
    def perim(self): return 4
print(Sq().area(), Sq().perim(), Sq.__abstractmethods__, sorted(Shape.__abstractmethods__))
class Meta(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
try:
    Meta()
except TypeError as ex:
    print(type(ex).__name__, ex)
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(issubclass(list, Sized2), isinstance(5, Sized2), issubclass(str, Sized2))
class Reg(ABC): pass
class Foo: pass
r = Reg.register(Foo); print(r is Foo, issubclass(Foo, Reg), isinstance(Foo(), Reg), Reg.__subclasses__())
Reg.register(int); print(isinstance(3, Reg), issubclass(bool, Reg))
try:
    Reg.register(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(abc.get_cache_token() is not None, type(Reg).__name__, hasattr(Reg, "_abc_impl"))
class Late(ABC):
    def run(self): pass
Late.run = abstractmethod(lambda self: None)
print(abc.update_abstractmethods(Late).__abstractmethods__)
try:
    Late()
except TypeError as ex:
    print(type(ex).__name__, ex)

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except ValueError as ex:
        print("handled", ex)
    finally:
        print("</%s>" % name)
with tag("a") as v:
    print("body", v)
with tag("b"):
    raise ValueError("boom")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as ex:
    print(type(ex).__name__, ex)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as ex:
    print(type(ex).__name__, ex)
@contextlib.contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as ex:
    print(type(ex).__name__, ex)
@tag("deco")
def decorated():
    print("inside decorated")
decorated()

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError as ex:
    print(type(ex).__name__, ex)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as got:
    print("to buffer")
print(repr(buf.getvalue()), got is buf)
eb = io.StringIO()
with contextlib.redirect_stderr(eb):
    print("err text", file=sys.stderr)
print(repr(eb.getvalue()))

class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closed", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(42) as v:
    print("null", v)

with contextlib.ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    rs = [st.enter_context(contextlib.closing(Res(i))) for i in (10, 11)]
    print("in stack", [x.n for x in rs])
def swallow(*exc):
    print("swallow", exc[0].__name__); return True
with contextlib.ExitStack() as st:
    st.push(swallow)
    raise OSError("x")
print("after swallow")
with contextlib.ExitStack() as st:
    st.callback(print, "moved")
    st2 = st.pop_all()
print("before close")
st2.close()
try:
    with contextlib.ExitStack() as st:
        st.enter_context(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise ValueError("inner")
except ZeroDivisionError as ex:
    print(type(ex).__name__, ex, type(ex.__context__).__name__)

class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("CM exit"); return None
with CM() as c:
    print(type(c).__name__)
class DecoCM(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit"); return False
@DecoCM()
def dfn(): print("dfn")
dfn()

@contextlib.asynccontextmanager
async def actx(x):
    print("aenter", x)
    yield x * 2
    print("aexit", x)
async def amain():
    async with actx(5) as v:
        print("abody", v)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(actx(1))
        st.callback(print, "sync cb")
        print("stacked", v)
    async with contextlib.aclosing(agen()) as g:
        async for i in g:
            print("agen", i)
            break
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")
asyncio.run(amain())

d = tempfile.mkdtemp()
try:
    old = os.getcwd()
    with contextlib.chdir(d):
        print(os.path.realpath(os.getcwd()) == os.path.realpath(d))
    print(os.getcwd() == old)
finally:
    os.rmdir(d)
