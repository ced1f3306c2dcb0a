# calendar: month/calendar text, monthrange, isleap/leapdays, weekday, TextCalendar/HTMLCalendar.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
print(calendar.calendar(2024))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], calendar.day_abbr[0], calendar.month_name[1], calendar.month_abbr[12], list(calendar.month_name)[:3])
print(calendar.monthcalendar(2024, 9))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 1, 0, 0, 0)))
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY, calendar.weekheader(2), calendar.weekheader(9))
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2024, 3))
print(tc.formatyear(2021, w=2, l=1, c=6, m=4))
print(list(tc.iterweekdays()), list(tc.itermonthdays(2024, 2))[:10])
print([str(d) for d in list(tc.itermonthdates(2024, 2))[:3]], list(tc.itermonthdays2(2024, 2))[:3], tc.monthdayscalendar(2024, 2)[0])
print(len(tc.yeardatescalendar(2024)), tc.formatweekday(0, 3), tc.formatmonthname(2024, 5, 20))
hc = calendar.HTMLCalendar(calendar.MONDAY)
print(hc.formatmonth(2024, 1))
print(hc.formatyear(2023, width=4)[:600])
print(hc.formatweekheader(), hc.cssclasses)
c = calendar.Calendar(6)
print([list(w) for w in c.monthdays2calendar(2021, 2)][:2])
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.month(2024, 0),
            lambda: calendar.setfirstweekday(9), lambda: calendar.month_name[13]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6))
calendar.setfirstweekday(calendar.MONDAY)
