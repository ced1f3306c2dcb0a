# ExceptionGroup / BaseExceptionGroup.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg), repr(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(str(ExceptionGroup("one", [KeyError("k")])))

for args in [("m", [KeyboardInterrupt()]), ("m", []), ("m", 1), (1, [ValueError()]), ("m", [1]), ("m",), ("m", {ValueError(): 1})]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
match, rest = eg.split((ValueError, TypeError))
print(repr(match) == repr(eg), match is eg, rest)
match, rest = eg.split(KeyError)
print(match, repr(rest), rest is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(Exception) is eg, eg.subgroup(OSError))
try:
    eg.split(1)
except TypeError as e:
    print(type(e).__name__, e)

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup(TypeError)))

d = eg.derive([KeyError("x")])
print(type(d).__name__, repr(d))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

mg = MyGroup("mine", [ValueError(1), KeyError(2)])
m, r = mg.split(KeyError)
print(type(m).__name__, repr(m), repr(r))

eg2 = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
eg2.add_note("a note")
eg2.__cause__ = KeyError("cause")
m, r = eg2.split(ValueError)
print(m.__notes__, repr(m.__cause__), r.__notes__)

try:
    raise ExceptionGroup("raised", [ValueError("v"), OSError(2, "x")])
except* ValueError as g:
    print("got values", repr(g))
except* OSError as g:
    print("got os", repr(g))

print(type(ExceptionGroup[int]).__name__)
