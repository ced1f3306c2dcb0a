# `except E as name` unbinds name on every way out of the handler (CPython
# wraps the handler body in a finally): normal end, raise, break, continue,
# return; visible in globals and in a finished frame's f_locals.
import sys

try:
    try:
        1 / 0
    except ZeroDivisionError as e1:
        raise KeyError("k")
except KeyError:
    pass
print("e1" in globals())

for i in range(3):
    try:
        int("x")
    except ValueError as e2:
        if i == 0:
            continue
        break
print("e2" in globals(), i)


def ret():
    try:
        [][0]
    except IndexError as err:
        return sys._getframe()


fr = ret()
print(sorted(fr.f_locals))


def reraise():
    try:
        {}["a"]
    except KeyError as err:
        raise


try:
    reraise()
except KeyError as e:
    print(type(e).__name__, e, sorted(e.__traceback__.tb_next.tb_frame.f_locals))


def nested():
    out = []
    try:
        1 / 0
    except ZeroDivisionError as a:
        try:
            int("y")
        except ValueError as b:
            out.append(sorted(sys._getframe().f_locals))
        out.append(sorted(sys._getframe().f_locals))
    out.append(sorted(sys._getframe().f_locals))
    return out


print(nested())


def gen():
    try:
        1 / 0
    except ZeroDivisionError as g:
        yield 1
        return
    yield 2


it = gen()
print(next(it), sorted(it.gi_frame.f_locals))
print(list(it))


def closure_name():
    try:
        1 / 0
    except ZeroDivisionError as c:
        f = lambda: c
        return f


fn = closure_name()
try:
    fn()
except NameError as e:
    print(type(e).__name__, e)

try:
    try:
        1 / 0
    except ZeroDivisionError as x:
        del x
except NameError as e:
    print(type(e).__name__, e)
