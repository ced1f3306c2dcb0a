# functools.partial: identity of args/keywords through copy and __setstate__, its __dict__.
import copy
import pickle
from functools import partial


def capture(*args, **kw):
    return args, kw


def signature(p):
    return (p.func, p.args, p.keywords, p.__dict__)


def tr(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class MyPartial(partial):
    pass


for cls in (partial, MyPartial):
    name = cls.__name__
    f = cls(capture, ['asdf'], bar=[True])
    f.attr = []
    c = copy.copy(f)
    print(name, "copy", c.attr is f.attr, c.args is f.args, c.keywords is f.keywords, signature(c) == signature(f))
    d = copy.deepcopy(f)
    print(name, "deepcopy", d.attr is f.attr, d.args is f.args, d.args == f.args, d.keywords == f.keywords)
    print(name, "args same", f.args is f.args)
    p = pickle.loads(pickle.dumps(f))
    print(name, "pickle", p.args, p.keywords, p.__dict__, type(p).__name__)

    f = cls(capture)
    f.__setstate__((capture, (1,), dict(a=10), dict(attr=[])))
    print(name, "state1", signature(f)[1:], f(2, b=20))
    f.__setstate__((capture, (1,), dict(a=10), None))
    print(name, "state2", signature(f)[1:], f(2, b=20))
    f.__setstate__((capture, (1,), None, None))
    print(name, "state3", f(2, b=20), f(), f.keywords)
    kw = {'k': 1}
    args = (5,)
    f.__setstate__((capture, args, kw, None))
    print(name, "state_identity", f.args is args, f.keywords is kw)
    tr(name + " bad1", lambda: f.__setstate__((capture, (), {})))
    tr(name + " bad2", lambda: f.__setstate__([capture, (), {}, None]))
    tr(name + " bad3", lambda: f.__setstate__((None, (), {}, None)))
    tr(name + " bad4", lambda: f.__setstate__((capture, [1], {}, None)))

    p = cls(hex)
    tr(name + " del dict", lambda: delattr(p, '__dict__'))
    tr(name + " set dict int", lambda: setattr(p, '__dict__', 1))
    p.__dict__ = {'a': 1}
    print(name, "dict set", p.a, p.__dict__)
    tr(name + " set func", lambda: setattr(p, 'func', map))
    tr(name + " set args", lambda: setattr(p, 'args', (1, 2)))
    tr(name + " set keywords", lambda: setattr(p, 'keywords', {}))
