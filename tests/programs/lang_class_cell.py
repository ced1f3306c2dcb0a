class A:
    def f(self):
        return __class__
    def g(self):
        return super().__repr__ is not None
    @classmethod
    def h(cls):
        return __class__.__name__, cls.__name__
    def nested(self):
        def inner():
            return __class__
        return inner()
class B(A):
    def f(self):
        return (__class__, super().f())
print(A().f().__name__, A().g(), B.h(), A().nested().__name__)
print([c.__name__ for c in B().f()])
