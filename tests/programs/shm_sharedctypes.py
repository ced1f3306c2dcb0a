# multiprocessing.Value/Array/RawValue/RawArray (sharedctypes over the
# mmap'd heap) incremented by spawned children under get_lock(), and a
# shared ctypes Structure.
import ctypes
import multiprocessing as mp
from multiprocessing import sharedctypes


class Pair(ctypes.Structure):
    _fields_ = [("a", ctypes.c_int), ("b", ctypes.c_double)]


def bump(counter, arr, raw, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
        with arr.get_lock():
            for i in range(len(arr)):
                arr[i] += i
    raw.value += 0.5


def fill(pair, name):
    pair.a = 7
    pair.b = 2.5
    name.value = b"child"


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    arr = mp.Array("d", 3)
    raw = mp.RawValue(ctypes.c_double, 1.0)
    print(counter.value, arr[:], raw.value, len(arr), type(counter.get_lock()).__name__)
    print(repr(counter).startswith("<Synchronized wrapper for c_int(0)>"))
    ps = [mp.Process(target=bump, args=(counter, arr, raw, 20)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], counter.value, arr[:], raw.value >= 1.5)

    ra = mp.RawArray("i", [1, 2, 3, 4])
    print(ra[:], len(ra), type(ra).__name__)
    ra2 = mp.RawArray(ctypes.c_ubyte, 5)
    print(list(ra2))
    pair = sharedctypes.RawValue(Pair, 1, 1.0)
    name = mp.Array("c", 8)
    p = mp.Process(target=fill, args=(pair, name))
    p.start()
    p.join()
    print(p.exitcode, pair.a, pair.b, name.value, name.raw)
    sv = mp.Value(Pair, 3, 4.0)
    print(sv.a, sv.b)
    unlocked = mp.Value("i", 5, lock=False)
    print(type(unlocked).__name__, unlocked.value)
    try:
        mp.Value("i", 5, lock="x")
    except AttributeError as e:
        print("AttributeError", e)
    cp = sharedctypes.copy(pair)
    print(cp.a, cp.b)
