package runtime

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

type sreGenCase struct {
	pattern   string
	code      []uint32
	groups    int
	subject   []rune
	op        string
	want      []int // spans of groups 0..groups, nil for no match
	lastindex int
}

type sreIterCase struct {
	pattern string
	code    []uint32
	groups  int
	subject []rune
	want    []int
}

// sreSpans runs one operation and returns the spans a match object would
// report, and lastindex.
func sreSpans(code []uint32, groups int, subject []rune, op string) ([]int, int, int) {
	s := newSreState(code, groups, subject, 0, len(subject))
	var st int
	switch op {
	case "match":
		st = s.doMatch(false)
	case "fullmatch":
		st = s.doMatch(true)
	default:
		s.ptr = s.start
		st = s.search()
	}
	if st <= 0 {
		return nil, -1, st
	}
	out := []int{s.start, s.ptr}
	for g := 0; g < groups; g++ {
		j := 2 * g
		if j+1 <= s.lastmark && s.marks[j] >= 0 && s.marks[j+1] >= 0 {
			out = append(out, s.marks[j], s.marks[j+1])
		} else {
			out = append(out, -1, -1)
		}
	}
	return out, s.lastindex, st
}

func TestSreGenerated(t *testing.T) {
	for _, c := range sreGenCases {
		if !sreValidate(c.code, c.groups) {
			t.Errorf("%q: code rejected by validator", c.pattern)
			continue
		}
		got, li, st := sreSpans(c.code, c.groups, c.subject, c.op)
		if st < 0 {
			t.Errorf("%s(%q, %q): engine error %d", c.op, c.pattern, string(c.subject), st)
			continue
		}
		if !reflect.DeepEqual(got, c.want) || (got != nil && li != c.lastindex) {
			t.Errorf("%s(%q, %q) = %v lastindex %d, want %v lastindex %d", c.op, c.pattern, string(c.subject), got, li, c.want, c.lastindex)
		}
	}
}

// sreFindAll mirrors pattern_findall's loop (collecting every group's span): successive searches, an empty
// match forcing the next one to advance.
func sreFindAll(code []uint32, groups int, subject []rune) []int {
	s := newSreState(code, groups, subject, 0, len(subject))
	var out []int
	for s.start <= s.end {
		s.reset()
		s.ptr = s.start
		if s.search() <= 0 {
			break
		}
		out = append(out, s.start, s.ptr)
		for g := 0; g < groups; g++ {
			j := 2 * g
			if j+1 <= s.lastmark && s.marks[j] >= 0 && s.marks[j+1] >= 0 {
				out = append(out, s.marks[j], s.marks[j+1])
			} else {
				out = append(out, -1, -1)
			}
		}
		s.mustAdvance = s.ptr == s.start
		s.start = s.ptr
	}
	return out
}

func TestSreIter(t *testing.T) {
	for _, c := range sreIterCases {
		got := sreFindAll(c.code, c.groups, c.subject)
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("finditer(%q, %q) = %v, want %v", c.pattern, string(c.subject), got, c.want)
		}
	}
}

func TestSreValidateRejects(t *testing.T) {
	for _, code := range [][]uint32{
		{},
		{sreOpLiteral},
		{sreOpLiteral, 97},           // no final SUCCESS
		{sreOpMark, 5, sreOpSuccess}, // group out of range
		{sreOpIn, 50, sreOpFailure, sreOpSuccess}, // skip out of range
		{sreOpGroupref, 0, sreOpSuccess},          // no groups
		{99, sreOpSuccess},
	} {
		if sreValidate(code, 0) {
			t.Errorf("sreValidate(%v) accepted invalid code", code)
		}
	}
}

// TestSreDeepNoStackOverflow runs patterns whose backtracking depth grows
// with the subject; the explicit context stack must cope.
func TestSreDeepNoStackOverflow(t *testing.T) {
	// (?:ab|cd)*e over 200000 characters: REPEAT/MAX_UNTIL nest context
	// levels per iteration.
	code := []uint32{14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16, 99, 16, 100, 15, 2, 0, 18, 16, 101, 1}
	subj := []rune(strings.Repeat("ab", 100000) + "e")
	got, _, st := sreSpans(code, 0, subj, "match")
	if st != 1 || got[1] != len(subj) {
		t.Fatalf("deep match: status %d spans %v", st, got)
	}
}

// TestSreCaseTables spot-checks the simple case mappings against values
// CPython's _sre.unicode_tolower reports.
func TestSreCaseTables(t *testing.T) {
	for _, c := range []struct{ in, lower uint32 }{
		{'A', 'a'}, {'a', 'a'}, {0x130, 0x69}, {0x212a, 'k'}, {0x3a3, 0x3c3}, {0x1c4, 0x1c6},
		{0x1c5, 0x1c6}, {0xdf, 0xdf}, {0x10400, 0x10428}, {0x1e9e, 0xdf},
	} {
		if got := sreLowerUnicode(c.in); got != c.lower {
			t.Errorf("sreLowerUnicode(%#x) = %#x, want %#x", c.in, got, c.lower)
		}
	}
	for _, c := range []struct{ in, upper uint32 }{
		{'a', 'A'}, {0xdf, 'S'}, {0x3c2, 0x3a3}, {0x1c6, 0x1c4}, {0x149, 0x2bc}, {0x131, 'I'},
	} {
		if got := sreUpperUnicode(c.in); got != c.upper {
			t.Errorf("sreUpperUnicode(%#x) = %#x, want %#x", c.in, got, c.upper)
		}
	}
}

var _ = fmt.Sprint
