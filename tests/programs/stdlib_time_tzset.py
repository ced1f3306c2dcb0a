# POSIX TZ strings (std offset [dst [offset] [,rule,rule]]) honoured by
# time.tzset, localtime, mktime, strftime and by datetime's local-time paths.
import os, time, datetime
zones = ['EST+05EDT,M3.2.0,M11.1.0', 'UTC', 'JST-9', '<+03>-3', 'AEST-10AEDT,M10.1.0,M4.1.0/3',
         'EST5EDT', 'NZST-12:00:00NZDT-13:00:00,M10.1.0,M3.3.0', 'CET-1CEST,M3.5.0,M10.5.0/3']
for tz in zones:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for ts in (0, 1414891800, 1700000000, 1690000000):
        lt = time.localtime(ts)
        print(' ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime('%Z %z', lt))
    d = datetime.datetime(2014, 11, 2, 1, 30)
    print(' ', d.timestamp(), d.astimezone(), datetime.datetime.fromtimestamp(1414906200))
    print(' ', datetime.datetime(2014, 11, 2, 1, 30, fold=1).timestamp())
