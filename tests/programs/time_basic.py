# The deterministic parts of the time module: types, struct_time,
# conversions of fixed times, strftime/strptime of fixed values.
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
t1 = time.monotonic()
time.sleep(0.001)
time.sleep(0)
print("monotonic", time.monotonic() >= t1, time.perf_counter() > 0, time.time() > 1.6e9)

g = time.gmtime(0)
print(g)
print(type(g).__name__, type(g).__module__, len(g), g[0], g[-1], g[1:4], tuple(g))
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(isinstance(g, tuple), g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.struct_time in type(g).__mro__)
y, m, d, *rest = g
print(y, m, d, rest)
for secs in [86400 * 365, 951782400, 1234567890, -1, -1.5, 2**31, 1e9 + 0.999, 253402300799]:
    print(secs, tuple(time.gmtime(secs)))
try:
    g.tm_year = 2000
except AttributeError as e:
    print("AttributeError", e)

st = time.struct_time((2021, 3, 7, 14, 5, 9, 6, 66, 0))
print(st, st.tm_zone, st.tm_gmtoff)
st2 = time.struct_time((2021, 3, 7, 14, 5, 9, 6, 66, 0, "XYZ", 3600))
print(st2.tm_zone, st2.tm_gmtoff, len(st2))
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)

fixed = (2021, 3, 7, 14, 5, 9, 6, 66, 0)
print(time.asctime(fixed), "|", time.asctime(g), "|", time.ctime(0))
print(time.strftime("%Y-%m-%d %H:%M:%S", fixed))
print(time.strftime("%a %A %b %B %d %j %U %W %w %u %y %C %e %p %I", fixed))
print(time.strftime("%c | %x | %X | %D | %F | %T | %R | %r", fixed))
print(time.strftime("%G-W%V-%u %%", (2021, 1, 3, 0, 0, 0, 6, 3, 0)))
print(repr(time.strftime("%-d %_m %10Y %^a %#B %5% %q %", fixed)))
print(time.strftime("%Y %Z %z", g))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 25, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 400, 0), (1, 2)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print("TypeError", e)

for s, fmt in [("2000", "%Y"), ("31/12/99 10pm", "%d/%m/%y %I%p"), ("2021-03-01T01:02:03", "%Y-%m-%dT%H:%M:%S"),
               ("2021 100", "%Y %j"), ("Thursday December 31 1998", "%A %B %d %Y"), ("12 AM", "%I %p")]:
    print(tuple(time.strptime(s, fmt)))
print(tuple(time.strptime("Mon Mar  1 12:01:02 2021")))
for s, fmt in [("x", "%Y"), ("2000x", "%Y"), ("Feb 30 2001", "%b %d %Y"), ("1", "%q")]:
    try:
        time.strptime(s, fmt)
    except ValueError as e:
        print("ValueError", e)

for call in [lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.gmtime("x"),
             lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e20), lambda: time.mktime(5),
             lambda: time.get_clock_info("nope")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, info.implementation)
print(time.mktime(time.localtime(1000000)), time._STRUCT_TM_ITEMS)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
