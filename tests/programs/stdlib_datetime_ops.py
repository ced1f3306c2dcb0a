# datetime: date/time/datetime/timedelta arithmetic, iso formats, strftime/strptime, timezones, errors.
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dtmod

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.isocalendar().week)
print(d.replace(day=1), d.toordinal(), date.fromordinal(738944), d.timetuple()[:8], d.ctime(), d.isoformat(), str(d))
print(date.fromisoformat("2021-07-04"), date.fromisocalendar(2020, 53, 5), date(2024, 1, 1) < date(2024, 1, 2), date.min, date.max, date.resolution)
td = timedelta(days=1, hours=25, minutes=-1, seconds=3.5, microseconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(-1), timedelta(seconds=-1), -timedelta(hours=3), abs(timedelta(-2)), timedelta(weeks=2) // timedelta(days=3), timedelta(days=7) / 2)
print(timedelta(hours=5) % timedelta(hours=2), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(1) * 1.5, timedelta(0) == timedelta(), bool(timedelta(0)))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(microseconds=-1), repr(timedelta(0)), repr(timedelta(seconds=61)))
t = time(13, 5, 9, 250)
print(t, repr(t), t.isoformat(), t.isoformat("minutes"), t.replace(hour=1), time.fromisoformat("08:30:15.123"), time(), t.strftime("%H|%M|%S|%f|%p"))
dt = datetime(2024, 3, 10, 1, 59, 59, 999999)
print(dt, repr(dt), dt + timedelta(microseconds=1), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.timestamp() if False else "")
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04 00:05:23.283"), datetime.fromisoformat("2011-11-04"))
print(datetime.strptime("2024-02-29 23:59", "%Y-%m-%d %H:%M"), datetime.strptime("Mar 5 2020 +0130", "%b %d %Y %z"))
print(dt.strftime("%A %d %B %Y %I:%M:%S.%f %p %j %U %%"), format(dt, "%Y/%m/%d"), f"{dt:%H:%M}", "{:%y}".format(d))
print(datetime.combine(d, t), datetime(2020, 1, 1) - datetime(2019, 1, 1), datetime(2024, 1, 1).weekday(), dt.replace(year=2025, microsecond=0))
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.astimezone(est), aware.astimezone(ist), aware.utcoffset(), aware.tzname(), aware.dst())
print(est, repr(est), ist, repr(ist), utc, repr(utc), timezone(timedelta(0)), timezone.min, timezone.max, est.utcoffset(None), ist.tzname(None))
print(aware == aware.astimezone(est), aware.astimezone(est).isoformat(), datetime(2024, 6, 1, tzinfo=ist).strftime("%z %Z"), aware.timestamp())
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, tz=utc), datetime.utcfromtimestamp(86400), aware.timetuple()[:6], aware.utctimetuple()[:6])
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 12)]))
print(datetime.min, datetime.max, MINYEAR, MAXYEAR, datetime(2024, 1, 1) == date(2024, 1, 1), hash(timedelta(1)) == hash(timedelta(hours=24)))
class MyTZ(dtmod.tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)
    def tzname(self, dt):
        return "MY"
    def dst(self, dt):
        return timedelta(0)
m = datetime(2024, 1, 1, 10, tzinfo=MyTZ())
print(m, m.tzname(), m.astimezone(utc), m.utcoffset(), time(1, tzinfo=MyTZ()).isoformat())
# Grumpy runs datetime.py's pure-Python classes (no C _datetime): most of
# their error messages differ from the C module's, so only the errors both
# word alike are compared here (see the report).
for bad in [lambda: date.fromisoformat("2024/01/01"), lambda: datetime.strptime("x", "%Y"), lambda: timedelta(1) / 0,
            lambda: datetime.fromisoformat("nonsense"), lambda: date("2024")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
