package runtime

import (
	"testing"
	"time"
)

func TestPosixTZLocation(t *testing.T) {
	cases := []struct {
		tz       string
		unix     int64
		name     string
		offset   int
		wantNone bool
	}{
		{tz: "EST+05EDT,M3.2.0,M11.1.0", unix: 0, name: "EST", offset: -5 * 3600},
		{tz: "EST+05EDT,M3.2.0,M11.1.0", unix: 1414891800, name: "EDT", offset: -4 * 3600},
		{tz: "JST-9", unix: 1700000000, name: "JST", offset: 9 * 3600},
		{tz: "<+03>-3", unix: 1700000000, name: "+03", offset: 3 * 3600},
		{tz: "NZST-12:00:00NZDT-13:00:00,M10.1.0,M3.3.0", unix: 1700000000, name: "NZDT", offset: 13 * 3600},
		{tz: "Foo/Bar", wantNone: true},
		{tz: "AB-1", wantNone: true},
		{tz: "EST", wantNone: true},
	}
	for _, c := range cases {
		loc := posixTZLocation(c.tz)
		if c.wantNone {
			if loc != nil {
				t.Errorf("posixTZLocation(%q) = %v, want nil", c.tz, loc)
			}
			continue
		}
		if loc == nil {
			t.Errorf("posixTZLocation(%q) = nil", c.tz)
			continue
		}
		name, off := time.Unix(c.unix, 0).In(loc).Zone()
		if name != c.name || off != c.offset {
			t.Errorf("%q at %d: got %s %d, want %s %d", c.tz, c.unix, name, off, c.name, c.offset)
		}
	}
}
