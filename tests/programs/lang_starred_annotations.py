class Ts:
    def __iter__(self):
        yield "Unpacked"
def f(*args: *Ts()): pass
print(f.__annotations__)
class G:
    def __getitem__(self, k):
        return k
g = G()
a = (1, 2)
print(g[*a])
print(g[*a, 3])
print(g[0, *a])
print(g[*[]])
for bad in ([1, 2], [], 5):
    try:
        def h(*args: *bad): pass
    except Exception as e:
        print(type(e).__name__, e)
try:
    g[*5]
except Exception as e:
    print(type(e).__name__, e)
x = [*a]
print(x)
