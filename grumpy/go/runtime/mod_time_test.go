package runtime

import (
	"strings"
	"testing"
	"time"
)

// Generated under CPython 3.11 (glibc, C locale): format, time tuple,
// result (or "EXC:Type:message"), fields separated by \x01, cases by \x02.
const timeStrftimeCases = "%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x012021,3,7,14,5,9,6,66,0\x01Sun Sunday Mar March Sun Mar  7 14:05:09 2021 07 14 02 066 03 05 PM 09 10 0 09 03/07/21 14:05:09 21 2021 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x012021,3,7,14,5,9,6,66,0\x01 7|03/07/21|2021-03-07|14:05:09|14:05|02:05:09 PM|Mar|20|7|09|2021|21|\n|\t|14| 2|pm\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x012021,3,7,14,5,9,6,66,0\x017| 7|07|SUN|SUN|0000002021|      2021|    3|21|07|MARCH|MARCH|66|    %|%E|%Oq|    Sunday|2|14|pm|PM\x02%f|%q|%\x012021,3,7,14,5,9,6,66,0\x01%f|%q|%\x02\x012021,3,7,14,5,9,6,66,0\x01\x02plain\x012021,3,7,14,5,9,6,66,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x012021,3,7,14,5,9,6,66,0\x01021| 21|  7|0000000007|0000000007\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x012000,1,1,0,0,0,5,1,0\x01Sat Saturday Jan January Sat Jan  1 00:00:00 2000 01 00 12 001 01 00 AM 00 00 6 00 01/01/00 00:00:00 00 2000 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x012000,1,1,0,0,0,5,1,0\x01 1|01/01/00|2000-01-01|00:00:00|00:00|12:00:00 AM|Jan|20|6|52|1999|99|\n|\t| 0|12|am\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x012000,1,1,0,0,0,5,1,0\x011| 1|01|SAT|SAT|0000002000|      2000|    1|00|01|JANUARY|JANUARY|1|    %|%E|%Oq|  Saturday|12| 0|am|AM\x02%f|%q|%\x012000,1,1,0,0,0,5,1,0\x01%f|%q|%\x02\x012000,1,1,0,0,0,5,1,0\x01\x02plain\x012000,1,1,0,0,0,5,1,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x012000,1,1,0,0,0,5,1,0\x01000|  0|  1|0000000001|0000000001\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x011999,12,31,23,59,60,4,365,0\x01Fri Friday Dec December Fri Dec 31 23:59:60 1999 31 23 11 365 12 59 PM 60 52 5 52 12/31/99 23:59:60 99 1999 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x011999,12,31,23,59,60,4,365,0\x0131|12/31/99|1999-12-31|23:59:60|23:59|11:59:60 PM|Dec|19|5|52|1999|99|\n|\t|23|11|pm\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x011999,12,31,23,59,60,4,365,0\x0131|31|31|FRI|FRI|0000001999|      1999|   12|99|31|DECEMBER|DECEMBER|365|    %|%E|%Oq|    Friday|11|23|pm|PM\x02%f|%q|%\x011999,12,31,23,59,60,4,365,0\x01%f|%q|%\x02\x011999,12,31,23,59,60,4,365,0\x01\x02plain\x011999,12,31,23,59,60,4,365,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x011999,12,31,23,59,60,4,365,0\x01099| 99| 31|0000000031|0000000031\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x015,1,1,0,0,0,0,1,0\x01Mon Monday Jan January Mon Jan  1 00:00:00 5 01 00 12 001 01 00 AM 00 00 1 01 01/01/05 00:00:00 05 5 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x015,1,1,0,0,0,0,1,0\x01 1|01/01/05|5-01-01|00:00:00|00:00|12:00:00 AM|Jan|0|1|01|5|05|\n|\t| 0|12|am\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x015,1,1,0,0,0,0,1,0\x011| 1|01|MON|MON|0000000005|         5|    1|05|01|JANUARY|JANUARY|1|    %|%E|%Oq|    Monday|12| 0|am|AM\x02%f|%q|%\x015,1,1,0,0,0,0,1,0\x01%f|%q|%\x02\x015,1,1,0,0,0,0,1,0\x01\x02plain\x015,1,1,0,0,0,0,1,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x015,1,1,0,0,0,0,1,0\x01005|  5|  1|0000000001|0000000001\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x01-5,6,15,12,30,0,2,166,0\x01Wed Wednesday Jun June Wed Jun 15 12:30:00 -5 15 12 12 166 06 30 PM 00 24 3 24 06/15/95 12:30:00 95 -5 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x01-5,6,15,12,30,0,2,166,0\x0115|06/15/95|-5-06-15|12:30:00|12:30|12:30:00 PM|Jun|-1|3|24|-5|95|\n|\t|12|12|pm\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x01-5,6,15,12,30,0,2,166,0\x0115|15|15|WED|WED|-000000005|        -5|    6|95|15|JUNE|JUNE|166|    %|%E|%Oq| Wednesday|12|12|pm|PM\x02%f|%q|%\x01-5,6,15,12,30,0,2,166,0\x01%f|%q|%\x02\x01-5,6,15,12,30,0,2,166,0\x01\x02plain\x01-5,6,15,12,30,0,2,166,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x01-5,6,15,12,30,0,2,166,0\x01095| 95| 15|0000000015|0000000015\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x0112345,2,29,1,2,3,0,60,0\x01Mon Monday Feb February Mon Feb 29 01:02:03 12345 29 01 01 060 02 02 AM 03 09 1 09 02/29/45 01:02:03 45 12345 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x0112345,2,29,1,2,3,0,60,0\x0129|02/29/45|12345-02-29|01:02:03|01:02|01:02:03 AM|Feb|123|1|09|12345|45|\n|\t| 1| 1|am\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x0112345,2,29,1,2,3,0,60,0\x0129|29|29|MON|MON|0000012345|     12345|    2|45|29|FEBRUARY|FEBRUARY|60|    %|%E|%Oq|    Monday|1| 1|am|AM\x02%f|%q|%\x0112345,2,29,1,2,3,0,60,0\x01%f|%q|%\x02\x0112345,2,29,1,2,3,0,60,0\x01\x02plain\x0112345,2,29,1,2,3,0,60,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x0112345,2,29,1,2,3,0,60,0\x01045| 45| 29|0000000029|0000000029\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x012020,12,31,0,0,0,3,366,0\x01Thu Thursday Dec December Thu Dec 31 00:00:00 2020 31 00 12 366 12 00 AM 00 52 4 52 12/31/20 00:00:00 20 2020 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x012020,12,31,0,0,0,3,366,0\x0131|12/31/20|2020-12-31|00:00:00|00:00|12:00:00 AM|Dec|20|4|53|2020|20|\n|\t| 0|12|am\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x012020,12,31,0,0,0,3,366,0\x0131|31|31|THU|THU|0000002020|      2020|   12|20|31|DECEMBER|DECEMBER|366|    %|%E|%Oq|  Thursday|12| 0|am|AM\x02%f|%q|%\x012020,12,31,0,0,0,3,366,0\x01%f|%q|%\x02\x012020,12,31,0,0,0,3,366,0\x01\x02plain\x012020,12,31,0,0,0,3,366,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x012020,12,31,0,0,0,3,366,0\x01020| 20| 31|0000000031|0000000031\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x012021,1,1,0,0,0,4,1,0\x01Fri Friday Jan January Fri Jan  1 00:00:00 2021 01 00 12 001 01 00 AM 00 00 5 00 01/01/21 00:00:00 21 2021 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x012021,1,1,0,0,0,4,1,0\x01 1|01/01/21|2021-01-01|00:00:00|00:00|12:00:00 AM|Jan|20|5|53|2020|20|\n|\t| 0|12|am\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x012021,1,1,0,0,0,4,1,0\x011| 1|01|FRI|FRI|0000002021|      2021|    1|21|01|JANUARY|JANUARY|1|    %|%E|%Oq|    Friday|12| 0|am|AM\x02%f|%q|%\x012021,1,1,0,0,0,4,1,0\x01%f|%q|%\x02\x012021,1,1,0,0,0,4,1,0\x01\x02plain\x012021,1,1,0,0,0,4,1,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x012021,1,1,0,0,0,4,1,0\x01021| 21|  1|0000000001|0000000001\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x012021,1,3,0,0,0,6,3,0\x01Sun Sunday Jan January Sun Jan  3 00:00:00 2021 03 00 12 003 01 00 AM 00 01 0 00 01/03/21 00:00:00 21 2021 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x012021,1,3,0,0,0,6,3,0\x01 3|01/03/21|2021-01-03|00:00:00|00:00|12:00:00 AM|Jan|20|7|53|2020|20|\n|\t| 0|12|am\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x012021,1,3,0,0,0,6,3,0\x013| 3|03|SUN|SUN|0000002021|      2021|    1|21|03|JANUARY|JANUARY|3|    %|%E|%Oq|    Sunday|12| 0|am|AM\x02%f|%q|%\x012021,1,3,0,0,0,6,3,0\x01%f|%q|%\x02\x012021,1,3,0,0,0,6,3,0\x01\x02plain\x012021,1,3,0,0,0,6,3,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x012021,1,3,0,0,0,6,3,0\x01021| 21|  3|0000000003|0000000003\x02%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%\x012019,12,30,0,0,0,0,364,0\x01Mon Monday Dec December Mon Dec 30 00:00:00 2019 30 00 12 364 12 00 AM 00 52 1 52 12/30/19 00:00:00 19 2019 %\x02%e|%D|%F|%T|%R|%r|%h|%C|%u|%V|%G|%g|%n|%t|%k|%l|%P\x012019,12,30,0,0,0,0,364,0\x0130|12/30/19|2019-12-30|00:00:00|00:00|12:00:00 AM|Dec|20|1|01|2020|20|\n|\t| 0|12|am\x02%-d|%_d|%0e|%^a|%#a|%10Y|%-10Y|%_5m|%Ey|%Od|%^B|%#B|%-j|%5%|%E|%Oq|%10A|%-I|%_H|%#p|%^p\x012019,12,30,0,0,0,0,364,0\x0130|30|30|MON|MON|0000002019|      2019|   12|19|30|DECEMBER|DECEMBER|364|    %|%E|%Oq|    Monday|12| 0|am|AM\x02%f|%q|%\x012019,12,30,0,0,0,0,364,0\x01%f|%q|%\x02\x012019,12,30,0,0,0,0,364,0\x01\x02plain\x012019,12,30,0,0,0,0,364,0\x01plain\x02%3y|%_3y|%-3d|%010d|%_010d\x012019,12,30,0,0,0,0,364,0\x01019| 19| 30|0000000030|0000000030\x02%Y-%m-%d %j %a\x012000,13,1,0,0,0,0,1,0\x01EXC:ValueError:month out of range\x02%Y-%m-%d %j %a\x012000,1,32,0,0,0,0,1,0\x01EXC:ValueError:day of month out of range\x02%Y-%m-%d %j %a\x012000,1,1,24,0,0,0,1,0\x01EXC:ValueError:hour out of range\x02%Y-%m-%d %j %a\x012000,1,1,0,60,0,0,1,0\x01EXC:ValueError:minute out of range\x02%Y-%m-%d %j %a\x012000,1,1,0,0,62,0,1,0\x01EXC:ValueError:seconds out of range\x02%Y-%m-%d %j %a\x012000,1,1,0,0,0,-2,1,0\x01EXC:ValueError:day of week out of range\x02%Y-%m-%d %j %a\x012000,1,1,0,0,0,0,367,0\x01EXC:ValueError:day of year out of range\x02%Y-%m-%d %j %a\x012000,0,0,0,0,0,0,0,0\x012000-01-01 001 Mon\x02%Y-%m-%d %j %a\x012000,1,1,0,0,0,-1,1,0\x012000-01-01 001 Sun\x02"

// string, format ("<default>" for none), repr(tuple(st))|repr(tm_zone)|repr(tm_gmtoff).
const timeStrptimeCases = "2000\x01%Y\x01(2000, 1, 1, 0, 0, 0, 5, 1, -1)|None|None\x02Mon Mar  1 12:01:02 2021\x01<default>\x01(2021, 3, 1, 12, 1, 2, 0, 60, -1)|None|None\x0231/12/99 10pm\x01%d/%m/%y %I%p\x01(1999, 12, 31, 22, 0, 0, 4, 365, -1)|None|None\x022021-03-01T01:02:03.5+0130\x01%Y-%m-%dT%H:%M:%S.%f%z\x01(2021, 3, 1, 1, 2, 3, 0, 60, -1)|None|5400\x022021 100\x01%Y %j\x01(2021, 4, 10, 0, 0, 0, 5, 100, -1)|None|None\x02March 5 2020 UTC\x01%B %d %Y %Z\x01(2020, 3, 5, 0, 0, 0, 3, 65, 0)|'UTC'|None\x02x\x01%Y\x01EXC:ValueError:time data 'x' does not match format '%Y'\x022000x\x01%Y\x01EXC:ValueError:unconverted data remains: x\x02Feb 29\x01%b %d\x01(1900, 2, 29, 0, 0, 0, 0, 60, -1)|None|None\x02Feb 30 2001\x01%b %d %Y\x01EXC:ValueError:day is out of range for month\x0212 AM\x01%I %p\x01(1900, 1, 1, 0, 0, 0, 0, 1, -1)|None|None\x0212 PM\x01%I %p\x01(1900, 1, 1, 12, 0, 0, 0, 1, -1)|None|None\x022021 10 3\x01%Y %U %w\x01(2021, 3, 10, 0, 0, 0, 2, 69, -1)|None|None\x022021 10 3\x01%Y %W %w\x01(2021, 3, 10, 0, 0, 0, 2, 69, -1)|None|None\x021112\x01%d%m\x01(1900, 12, 11, 0, 0, 0, 1, 345, -1)|None|None\x02  2021  \x01 %Y \x01(2021, 1, 1, 0, 0, 0, 4, 1, -1)|None|None\x022021-W01\x01%Y-%q\x01EXC:ValueError:'q' is a bad directive in format '%Y-%q'\x0210:30\x01%H:%M:%S\x01EXC:ValueError:time data '10:30' does not match format '%H:%M:%S'\x022024-02-29 23:59:60\x01%Y-%m-%d %H:%M:%S\x01(2024, 2, 29, 23, 59, 60, 3, 60, -1)|None|None\x02Thursday December 31 1998\x01%A %B %d %Y\x01(1998, 12, 31, 0, 0, 0, 3, 365, -1)|None|None\x022021-03-01 -05:30\x01%Y-%m-%d %z\x01(2021, 3, 1, 0, 0, 0, 0, 60, -1)|None|-19800\x022021-03-01 Z\x01%Y-%m-%d %z\x01(2021, 3, 1, 0, 0, 0, 0, 60, -1)|None|0\x02%2021\x01%%%Y\x01(2021, 1, 1, 0, 0, 0, 4, 1, -1)|None|None\x025\x01%\x01EXC:ValueError:stray % in format '%'\x02"

func timeCallModule(t *testing.T, th *Thread, name string, args ...Object) (Object, *BaseException) {
	t.Helper()
	m, exc := ImportModule(th, "time")
	if exc != nil {
		t.Fatal(FormatException(th, exc))
	}
	f, exc := GetAttr(th, m, NewStr(name))
	if exc != nil {
		t.Fatal(FormatException(th, exc))
	}
	return Call(th, f, args, nil)
}

func timeExcString(th *Thread, exc *BaseException) string {
	s, _ := ToStr(th, exc)
	return "EXC:" + exc.typ.name + ":" + s.s
}

func TestTimeStrftimeAgainstCPython(t *testing.T) {
	th := NewThread()
	tmTzname = [2]string{"UTC", "UTC"}
	for _, c := range strings.Split(strings.TrimSuffix(timeStrftimeCases, "\x02"), "\x02") {
		parts := strings.Split(c, "\x01")
		format, tup, want := parts[0], parts[1], parts[2]
		var items []Object
		for _, f := range strings.Split(tup, ",") {
			items = append(items, ParseIntLiteral(f))
		}
		r, exc := timeCallModule(t, th, "strftime", NewStr(format), NewTuple(items...))
		got := ""
		if exc != nil {
			got = timeExcString(th, exc)
		} else {
			got = r.(*Str).s
		}
		if got != want {
			t.Errorf("strftime(%q, (%s)) = %q, CPython gives %q", format, tup, got, want)
		}
	}
}

func TestTimeStrptimeAgainstCPython(t *testing.T) {
	th := NewThread()
	tmTzname = [2]string{"UTC", "UTC"}
	for _, c := range strings.Split(strings.TrimSuffix(timeStrptimeCases, "\x02"), "\x02") {
		parts := strings.Split(c, "\x01")
		s, format, want := parts[0], parts[1], parts[2]
		args := []Object{NewStr(s)}
		if format != "<default>" {
			args = append(args, NewStr(format))
		}
		r, exc := timeCallModule(t, th, "strptime", args...)
		got := ""
		if exc != nil {
			got = timeExcString(th, exc)
		} else {
			in := r.(*Instance)
			tr, _ := Repr(th, in.base)
			z, _ := Repr(th, in.slots[0])
			o, _ := Repr(th, in.slots[1])
			got = tr.s + "|" + z.s + "|" + o.s
		}
		if got != want {
			t.Errorf("strptime(%q, %q) = %s, CPython gives %s", s, format, got, want)
		}
	}
}

func TestTimeGmtime(t *testing.T) {
	th := NewThread()
	cases := []struct {
		secs Object
		want string
	}{
		{MakeInt(0), "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"},
		{Float(-1.5), "time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)"},
		{MakeInt(1e10), "time.struct_time(tm_year=2286, tm_mon=11, tm_mday=20, tm_hour=17, tm_min=46, tm_sec=40, tm_wday=5, tm_yday=324, tm_isdst=0)"},
		{MakeInt(-62135596800), "time.struct_time(tm_year=1, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=0)"},
		{Float(1e20), "EXC:OverflowError:timestamp out of range for platform time_t"},
		{MakeInt(1e17), "EXC:OSError:[Errno 75] Value too large for defined data type"},
		{NewStr("x"), "EXC:TypeError:'str' object cannot be interpreted as an integer"},
	}
	for _, c := range cases {
		r, exc := timeCallModule(t, th, "gmtime", c.secs)
		got := ""
		if exc != nil {
			got = timeExcString(th, exc)
		} else {
			s, _ := Repr(th, r)
			got = s.s
		}
		if got != c.want {
			t.Errorf("gmtime(%v) = %s, want %s", c.secs, got, c.want)
		}
	}
	r, _ := timeCallModule(t, th, "gmtime", MakeInt(0))
	zone, _ := GetAttr(th, r, NewStr("tm_zone"))
	if s, ok := zone.(*Str); !ok || s.s != "GMT" {
		t.Errorf("gmtime(0).tm_zone = %v", zone)
	}
	if exc := SetAttr(th, r, NewStr("tm_year"), MakeInt(5)); exc == nil || timeExcString(th, exc) != "EXC:AttributeError:readonly attribute" {
		t.Errorf("setting tm_year: %v", exc)
	}
}

func TestTimeSleepAndClocks(t *testing.T) {
	th := NewThread()
	th.ident = 99 // not the main thread: no signal polling
	start := time.Now()
	if _, exc := timeCallModule(t, th, "sleep", Float(0.02)); exc != nil {
		t.Fatal(timeExcString(th, exc))
	}
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Errorf("sleep(0.02) returned after %v", d)
	}
	for _, c := range []struct {
		arg  Object
		want string
	}{
		{MakeInt(-1), "EXC:ValueError:sleep length must be non-negative"},
		{NewStr("x"), "EXC:TypeError:'str' object cannot be interpreted as an integer"},
		{Float(1e300), "EXC:OverflowError:timestamp out of range for platform time_t"},
	} {
		_, exc := timeCallModule(t, th, "sleep", c.arg)
		if exc == nil || timeExcString(th, exc) != c.want {
			t.Errorf("sleep(%v): got %v, want %s", c.arg, exc, c.want)
		}
	}
	a, _ := timeCallModule(t, th, "monotonic")
	b, _ := timeCallModule(t, th, "monotonic")
	if b.(Float) < a.(Float) {
		t.Errorf("monotonic went backwards")
	}
	if ns, _ := timeCallModule(t, th, "time_ns"); intSign(ns) <= 0 {
		t.Errorf("time_ns = %v", ns)
	}
}

func TestTimeMktimeAsctime(t *testing.T) {
	th := NewThread()
	tup := NewTuple(MakeInt(2021), MakeInt(3), MakeInt(7), MakeInt(14), MakeInt(5), MakeInt(9), MakeInt(6), MakeInt(66), MakeInt(0))
	r, exc := timeCallModule(t, th, "asctime", tup)
	if exc != nil || r.(*Str).s != "Sun Mar  7 14:05:09 2021" {
		t.Errorf("asctime = %v %v", r, exc)
	}
	// mktime inverts localtime.
	lt, _ := timeCallModule(t, th, "localtime", MakeInt(1000000))
	secs, exc := timeCallModule(t, th, "mktime", lt)
	if exc != nil || secs.(Float) != 1000000 {
		t.Errorf("mktime(localtime(1000000)) = %v %v", secs, exc)
	}
}
