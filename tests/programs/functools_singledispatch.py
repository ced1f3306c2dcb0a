# singledispatch imports typing lazily; the explicit imports bring it into the build.
import functools
import types
import typing
import weakref


@functools.singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


@show.register(list)
def _(x):
    return "list"


print(show(1), show([1]), show("s"), show(True), sorted(k.__name__ for k in show.registry))


class Base:
    @functools.singledispatchmethod
    def m(self, arg):
        return "base"

    @m.register
    def _(self, arg: int):
        return "int arg"


print(Base().m(1), Base().m("x"))
