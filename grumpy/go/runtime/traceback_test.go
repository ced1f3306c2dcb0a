package runtime

import "testing"

func TestCaretLine(t *testing.T) {
	pos := func(line, endLine, col, endCol, left, right int32) *Position {
		return &Position{line, endLine, col, endCol, left, right}
	}
	cases := []struct {
		name string
		line string
		pos  *Position
		want string
		ok   bool
	}{
		{"attribute", "    return x.foo.bar()", pos(1, 1, 11, 20, -1, -1), "       ^^^^^^^^^", true},
		{"whole line elided", "    f(a)", pos(1, 1, 4, 8, -1, -1), "", false},
		{"trailing blanks kept in length", "f(1)   ", pos(1, 1, 0, 4, -1, -1), "^^^^", true},
		{"binop anchors", "x = 1/0", pos(1, 1, 4, 7, 5, 6), "    ~^~", true},
		{"binop whole line still marked", "1/0", pos(1, 1, 0, 3, 1, 2), "~^~", true},
		{"subscript anchors", "x = [1,2][ 5 ]", pos(1, 1, 4, 14, 9, 14), "    ~~~~~^^^^^", true},
		{"utf-8 columns", "é = 'é' + 1", pos(1, 1, 5, 13, 8, 9), "    ~~~~^~~", true},
		{"tab indentation", "\t  x = 1/0", pos(1, 1, 7, 10, 8, 9), "    ~^~", true},
		{"multi-line to last non-blank", "x = f(1,   # c  ", pos(1, 2, 4, 3, -1, -1), "    ^^^^^^^^^^", true},
		{"multi-line covering line", "f(", pos(1, 2, 0, 2, -1, -1), "", false},
		{"multi-line non-ascii byte scan", "é = (1 +", pos(1, 2, 5, 2, -1, -1), "    ^^^", true},
		{"no columns", "x = 1", pos(1, 1, -1, -1, -1, -1), "", false},
		{"no position", "x = 1", nil, "", false},
	}
	for _, c := range cases {
		got, ok := caretLine(c.line, c.pos)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: caretLine(%q) = %q, %v; want %q, %v", c.name, c.line, got, ok, c.want, c.ok)
		}
	}
}

func TestPositionDecoding(t *testing.T) {
	code := &Code{Positions: []Position{{3, 3, 0, 1, -1, -1}, {7, 8, 2, 4, -1, -1}}}
	cases := []struct {
		raw, line, lasti int
	}{
		{5, 5, -1},
		{-1, 3, 0},
		{-2, 7, 2},
		{-9, 0, 16},
	}
	for _, c := range cases {
		if got := lineOf(code, c.raw); got != c.line {
			t.Errorf("lineOf(%d) = %d, want %d", c.raw, got, c.line)
		}
		if got := lasti(c.raw); got != c.lasti {
			t.Errorf("lasti(%d) = %d, want %d", c.raw, got, c.lasti)
		}
	}
}
