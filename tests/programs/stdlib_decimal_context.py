# decimal: Context attributes and their validation, SignalDict flags/traps, the
# standard contexts, setcontext/localcontext, copies.
import decimal
from decimal import *
c = getcontext()
print(c.flags)
print(type(c.flags).__name__, type(c.flags).__mro__, repr(c.traps))
c.traps[Inexact] = 1
print(c.traps[Inexact], c.traps.get(Inexact), len(c.traps), list(c.traps)[:2], Inexact in c.traps)
try: c.traps['x']
except Exception as e: print(type(e).__name__, e)
try: c.traps['x'] = 1
except Exception as e: print(type(e).__name__, e)
try: del c.traps[Inexact]
except Exception as e: print(type(e).__name__, e)
print(c.traps == c.traps.copy(), type(c.traps.copy()).__name__)
try: Context(traps={Inexact: 1})
except Exception as e: print(type(e).__name__, e)
try: Context(traps={Inexact: 1, 'x': 2})
except Exception as e: print(type(e).__name__, e)
try: Context(traps=[1])
except Exception as e: print(type(e).__name__, e)
try: c.flags = {}
except Exception as e: print(type(e).__name__, e)
try: c.prec = 'x'
except Exception as e: print(type(e).__name__, e)
try: c.Emax = -1
except Exception as e: print(type(e).__name__, e)
try: c.Emin = 1
except Exception as e: print(type(e).__name__, e)
try: c.capitals = 2
except Exception as e: print(type(e).__name__, e)
try: c.clamp = 2
except Exception as e: print(type(e).__name__, e)
try: c.foo = 2
except Exception as e: print(type(e).__name__, e)
try: del c.prec
except Exception as e: print(type(e).__name__, e)
try: c.prec = 10**20
except Exception as e: print(type(e).__name__, e)

for bad in [dict(prec=0), dict(prec='x'), dict(rounding=1), dict(Emax=0), dict(Emin=5), dict(capitals=3), dict(clamp=-1), dict(flags=1), dict(traps=[1])]:
    try: print(Context(**bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(Context(traps=[Inexact], flags=[Rounded]))
print(Context(traps={s: 0 for s in c.traps}))
c = Context()
print(c.traps is getcontext().traps, c.flags == getcontext().flags)
c.traps = {s: 1 for s in c.traps}; print(c.traps[Clamped])
try: c.traps = {Clamped: 0}
except Exception as e: print(type(e).__name__, e)
c.clear_traps(); print(c.traps[Clamped], c)
setcontext(Context(prec=4)); print(getcontext().prec, Decimal(1) / 3); setcontext(DefaultContext); print(getcontext().prec)
print(BasicContext, ExtendedContext)
import copy; cc = copy.copy(getcontext()); print(cc.prec, cc.flags is getcontext().flags, getcontext().copy().flags is getcontext().flags)
