import sys
import threading


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, "->", r)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


def tracer(frame, event, arg):
    return tracer


def prof(frame, event, arg):
    pass


print(sys.gettrace(), sys.getprofile())
show(sys.settrace)
show(sys.settrace, 1, 2)
show(sys.settrace, function=None)
show(sys.gettrace, 1)
show(sys.setprofile)
show(sys.setprofile, 1, 2)
show(sys.setprofile, function=None)
show(sys.getprofile, 1)
show(sys.setprofile, 5)
print(sys.getprofile())

old = sys.gettrace()
sys.settrace(tracer)
got = sys.gettrace()
sys.settrace(old)
print(got is tracer, sys.gettrace() is old)

sys.setprofile(prof)
gotp = sys.getprofile()
sys.setprofile(None)
print(gotp is prof, sys.getprofile())

# settrace stores any object; unset with None
sys.settrace(None)
print(sys.gettrace())

# trace hooks are per thread
res = []
def worker():
    res.append(sys.gettrace())
sys.settrace(None)
threading.settrace(tracer)
th = threading.Thread(target=worker)
th.start()
th.join()
threading.settrace(None)
sys.settrace(None)
print(res[0] is tracer, threading.gettrace(), sys.gettrace())

print(sys.settrace.__name__, sys.settrace.__module__, repr(sys.settrace))
print(sys.settrace.__doc__)
print(sys.gettrace.__doc__)
print(sys.setprofile.__doc__)
print(sys.getprofile.__doc__)
