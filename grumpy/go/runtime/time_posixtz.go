package runtime

import (
	"encoding/binary"
	"time"
)

// POSIX TZ strings ("EST+05EDT,M3.2.0,M11.1.0", "<+03>-3", "JST-9") as
// glibc's tzset reads them when TZ names no zoneinfo file. Go's time
// package applies such a rule only as the footer of a TZif file (the rule
// in force after the last transition), so posixTZLocation wraps the string
// in a TZif version 2 image with no transitions: the footer then governs
// every instant.

// posixTZStd parses the standard-time part of a POSIX TZ string: its
// abbreviation and UTC offset (seconds east of UTC). ok is false when tz
// does not start with a valid "std offset".
func posixTZStd(tz string) (name string, east int, ok bool) {
	i := 0
	if i < len(tz) && tz[i] == '<' {
		j := i + 1
		for j < len(tz) && tz[j] != '>' {
			j++
		}
		if j >= len(tz) {
			return "", 0, false
		}
		name, i = tz[1:j], j+1
	} else {
		for i < len(tz) && (tz[i] >= 'A' && tz[i] <= 'Z' || tz[i] >= 'a' && tz[i] <= 'z') {
			i++
		}
		name = tz[:i]
	}
	if len(name) < 3 {
		return "", 0, false
	}
	sign := 1
	if i < len(tz) && (tz[i] == '+' || tz[i] == '-') {
		if tz[i] == '-' {
			sign = -1
		}
		i++
	}
	secs, part, digits := 0, 0, 0
	mult := 3600
	for ; i < len(tz); i++ {
		c := tz[i]
		switch {
		case c >= '0' && c <= '9':
			part = part*10 + int(c-'0')
			digits++
			if digits > 2 && mult != 3600 || digits > 3 {
				return "", 0, false
			}
		case c == ':' && digits > 0 && mult > 1:
			secs += part * mult
			part, digits = 0, 0
			mult /= 60
		default:
			goto done
		}
	}
done:
	if digits == 0 {
		return "", 0, false
	}
	secs += part * mult
	if i < len(tz) && tz[i] != ',' && !(tz[i] >= 'A' && tz[i] <= 'Z' || tz[i] >= 'a' && tz[i] <= 'z' || tz[i] == '<') {
		return "", 0, false
	}
	// POSIX offsets count westward.
	return name, -sign * secs, true
}

// posixTZLocation builds a Location that follows the POSIX TZ string tz,
// or returns nil when tz is not one.
func posixTZLocation(tz string) *time.Location {
	name, east, ok := posixTZStd(tz)
	if !ok {
		return nil
	}
	var data []byte
	block := func() {
		data = append(data, "TZif2"...)
		data = append(data, make([]byte, 15)...)
		// isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
		for _, n := range []uint32{0, 0, 0, 0, 1, uint32(len(name) + 1)} {
			data = binary.BigEndian.AppendUint32(data, n)
		}
		data = binary.BigEndian.AppendUint32(data, uint32(int32(east)))
		data = append(data, 0, 0) // isdst, abbreviation index
		data = append(data, name...)
		data = append(data, 0)
	}
	block() // version 1 data (skipped by readers of version 2)
	block()
	data = append(data, '\n')
	data = append(data, tz...)
	data = append(data, '\n')
	loc, err := time.LoadLocationFromTZData(tz, data)
	if err != nil {
		return nil
	}
	return loc
}
