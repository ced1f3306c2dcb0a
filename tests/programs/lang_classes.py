class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return "%s makes a sound" % self.name
    def __repr__(self):
        return "Animal(%r)" % self.name
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def static(x):
        return x + 1
    @classmethod
    def create(cls, name):
        return cls(name)

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("rex")
print(d.speak(), d.kind, Animal.kind, d.upper, Dog.static(1), Dog.create("fido"), Animal.count)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __neg__(self):
        return Vec(-self.x, -self.y)

v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), v != Vec(4, 6), len(v), v[0], list(v), 4 in v, v(1), -v)
print(bool(Vec(0, 0)), sorted([Vec(2, 1), Vec(1, 2)]), Vec(1, 1) < Vec(2, 0))
print(hash(Vec(1, 2)) == hash((1, 2)))

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)

class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name
print(Dyn().foo)
class NoAttr:
    pass
try:
    NoAttr().missing
except AttributeError as e:
    print(e)

class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))

class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
class Tagged(Base, tag="t1"):
    pass
print(Tagged.tag)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added, type(WithMeta).__name__)

class Private:
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret)

class Str:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
print(Str(), str(Str()), repr(Str()), [Str()])
class Inherit(list):
    def total(self):
        return sum(self)
il = Inherit([1, 2, 3])
il.append(4)
print(il.total(), len(il), isinstance(il, list))
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
print(Dog.__name__, Dog.__qualname__, Dog.speak.__name__, Dog.speak.__qualname__)
