import sys
# The default handler depends on the locale (surrogateescape under C/C.UTF-8): pin it.
sys.stdout.reconfigure(errors='strict')
print(sys.stdout.errors, sys.stderr.errors)
try:
    print('\udc80')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('ab', 'c\ud800x', 'zz')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, repr(e.object))
try:
    sys.stdout.write('x\udc80')
except Exception as e:
    print(type(e).__name__, e)
class B:
    def __str__(self): raise ValueError('boom')
try:
    print('first', B(), 'last')
except ValueError as e:
    print('|', e)
try:
    print('a', 'b', sep='\udc80')
except Exception as e:
    print('|', type(e).__name__, e)
sys.stdout.reconfigure(errors='surrogateescape')
print('a\udcc3\udca9b', sys.stdout.errors)
try:
    sys.stdout.reconfigure(errors=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.reconfigure('x')
except Exception as e:
    print(type(e).__name__, e)
sys.stdout.reconfigure(encoding='utf-8')
print(sys.stdout.errors)
sys.stdout.reconfigure(errors='namereplace')
print('\u00e9\ud800')
sys.stdout.reconfigure(errors='xmlcharrefreplace', line_buffering=True)
print('\ud800', sys.stdout.line_buffering)
print('\udc80', file=sys.stderr)
