for f in (lambda: print >> [1], lambda: print >> 1, lambda: max >> 1,
          lambda: 1 >> print, lambda: print << 1):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    p = print
    p >>= 1
except Exception as e:
    print(type(e).__name__, e)
