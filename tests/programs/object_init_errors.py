class C:
    pass
for call in [lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42),
             lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for call in [lambda: E().__init__(42), lambda: object.__init__(E(), 42)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class F:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)
for call in [lambda: F().__init__(42), lambda: F(42), lambda: object.__init__(F(), 42)]:
    try:
        print(type(call()).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
