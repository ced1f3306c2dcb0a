# time: struct_time, gmtime/localtime/mktime with a fixed TZ, strftime/strptime, monotonic clocks.
import time, os

g = time.gmtime(0)
print(g, tuple(g), g.tm_year, g.tm_wday, g.tm_yday, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[:3])
print(time.gmtime(1700000000), time.gmtime(-86400.5)[:6], time.gmtime(1e9).tm_hour)
st = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(st, st.tm_mon, st.tm_zone, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.asctime(st), time.asctime(g), time.ctime(0) if False else "", time.strftime("%Y", st))
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %c", "%d/%m/%y %I:%M %p", "%j %U %W %w %u %V %G", "%x %X", "%%literal%%", "%e|%k|%l|%C|%D|%T|%R|%F|%h|%n|%t|%g"]:
    print(repr(fmt), repr(time.strftime(fmt, st)))
for s, f in [("2024-02-29 13:45:30", "%Y-%m-%d %H:%M:%S"), ("29 Feb 2024", "%d %b %Y"), ("Thursday March 7 99", "%A %B %d %y"),
             ("10:05 PM", "%I:%M %p"), ("2023-365", "%Y-%j"), ("7/4/2021", "%m/%d/%Y")]:
    print(s, tuple(time.strptime(s, f)))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024-01-01 extra", "%Y-%m-%d"), ("31/02/2024", "%d/%m/%Y")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: time.struct_time((1, 2)), lambda: time.gmtime("x"), lambda: time.strftime("%Y", (2024,)), lambda: time.mktime((1,)),
            lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(1), lambda: time.sleep(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.environ["TZ"] = "UTC"
time.tzset()
print(time.tzname, time.timezone, time.daylight, time.mktime(g), time.localtime(86400 * 365)[:6], time.strftime("%Z %z", time.localtime(0)))
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
for ts in [0, 1720000000, 1700000000]:
    lt = time.localtime(ts)
    print(lt[:9], lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == ts, time.strftime("%Y-%m-%d %H:%M %Z %z", lt), time.ctime(ts))
print(time.mktime((2024, 7, 4, 12, 0, 0, 0, 0, -1)), time.mktime((2024, 1, 4, 12, 0, 0, 0, 0, 0)), time.mktime((2024, 1, 32, 0, 0, 0, 0, 0, -1)))
a = time.monotonic(); b = time.monotonic()
c = time.perf_counter(); d = time.perf_counter()
print(b >= a, d >= c, type(time.time()).__name__, type(time.time_ns()).__name__, time.monotonic_ns() > 0, time.process_time() >= 0)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009)
print(time.gmtime(time.time()).tm_year >= 2024)
