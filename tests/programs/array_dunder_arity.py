# Calling array's item dunders directly with the wrong number of arguments
# raises TypeError (it used to be a Go panic that ended the program).
import array

a = array.array('b', [1, 2, 3])
calls = [
    ("__getitem__()", lambda: a.__getitem__()),
    ("__getitem__(0, 1)", lambda: a.__getitem__(0, 1)),
    ("__delitem__()", lambda: a.__delitem__()),
    ("__delitem__(0, 1)", lambda: a.__delitem__(0, 1)),
    ("__setitem__(0)", lambda: a.__setitem__(0)),
    ("__setitem__(0, 1, 2)", lambda: a.__setitem__(0, 1, 2)),
    ("__contains__()", lambda: a.__contains__()),
]
for label, f in calls:
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, type(e).__name__, repr(str(e)))
print(a.__getitem__(1), a.__contains__(3))
a.__setitem__(0, 7)
a.__delitem__(2)
print(a)
