# exec/eval namespaces: custom __builtins__ (restricted, replaced, not a
# mapping), module-level global with separate locals, dict-subclass and
# mapping namespaces read and written through their methods.
g = {}
l = {}
exec('global a; a = 1; b = 2', g, l)
g.pop('__builtins__', None); l.pop('__builtins__', None)
print(g, l)
code = compile("print('Hello World!')", "", "exec")
try:
    exec(code, {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec(code, {'__builtins__': 123})
except TypeError as e:
    print(type(e).__name__, e)

class frozendict_error(Exception):
    pass

class frozendict(dict):
    def __setitem__(self, key, value):
        raise frozendict_error("frozendict is readonly")

import builtins
frozen_builtins = frozendict(builtins.__dict__)
code = compile("__builtins__['superglobal']=2; print(superglobal)", "test", "exec")
try:
    exec(code, {'__builtins__': frozen_builtins})
except frozendict_error as e:
    print(type(e).__name__, e)
code = compile("class A: pass", "", "exec")
try:
    exec(code, {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
exec(code, {'__builtins__': frozen_builtins})
print("class ok")
namespace = frozendict({})
try:
    exec(compile("x=1", "test", "exec"), namespace)
except frozendict_error as e:
    print(type(e).__name__, e)
ns = {'__builtins__': {'len': lambda x: 42}}
print(eval("len([1, 2])", ns))
exec("def f():\n    return len('abc')\n", ns)
print(ns['f']())
try:
    eval("abs(1)", ns)
except NameError as e:
    print(type(e).__name__, e)
import collections
class setonlyerror(Exception):
    pass
class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror
code = compile("globalname", "test", "exec")
try:
    exec(code, setonlydict({'globalname': 1}))
    print("no error")
except setonlyerror as e:
    print("setonlyerror 1")
code = compile("superglobal", "test", "exec")
try:
    exec(code, {'__builtins__': setonlydict({'superglobal': 1})})
    print("no error")
except setonlyerror:
    print("setonlyerror 2")
class customdict(dict):
    pass
exec(code, {'__builtins__': customdict({'superglobal': 1})})
try:
    exec(code, {'__builtins__': customdict()})
except NameError as e:
    print(type(e).__name__, e)

class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = globals()
print(eval('a', g, m))
try:
    eval('b', g, m)
except NameError as e:
    print(type(e).__name__, e)
print(eval('dir()', g, m))
print(eval('globals()', g, m) is g)
print(eval('locals()', g, m) is m)
try:
    eval('a', m)
except TypeError as e:
    print(type(e).__name__, e)
class A:
    pass
try:
    eval('a', g, A())
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
print(eval('a', g, d))
try:
    eval('b', g, d)
except NameError as e:
    print(type(e).__name__, e)
print(eval('dir()', g, d))
print(eval('globals()', g, d) is g, eval('locals()', g, d) is d)
print(len(eval('[locals() for i in (2,3)]', g, d)))
print(len(eval('[locals() for i in (2,3)]', g, collections.UserDict())))
