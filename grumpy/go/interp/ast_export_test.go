package interp

import (
	"strings"
	"testing"

	"grumpy/pyast"
)

func newTestExporter(src string) *astExporter {
	return &astExporter{lines: strings.Split(src, "\n"), override: map[any]pyast.Pos{},
		braces: map[*pyast.FormattedValue]pyast.Pos{}, specs: map[*pyast.JoinedStr]bool{}}
}

func TestASTByteCol(t *testing.T) {
	x := newTestExporter("é = 'ü'\nabc")
	for _, c := range []struct{ line, col, want int }{
		{1, 0, 0}, {1, 1, 2}, {1, 5, 6}, {1, 7, 9}, {2, 2, 2}, {3, 4, 4},
	} {
		if got := x.byteCol(c.line, c.col); got != c.want {
			t.Errorf("byteCol(%d, %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}

func TestASTParenEnd(t *testing.T) {
	x := newTestExporter("f(k=((a)) , **(b))")
	for _, c := range []struct {
		start, inner pyast.Pos
		wantCol      int
	}{
		{pyast.Pos{Line: 1, Col: 2}, pyast.Pos{Line: 1, Col: 6, EndLine: 1, EndCol: 7}, 9},
		{pyast.Pos{Line: 1, Col: 12}, pyast.Pos{Line: 1, Col: 15, EndLine: 1, EndCol: 16}, 17},
	} {
		if l, col := x.parenEnd(c.start, c.inner); l != 1 || col != c.wantCol {
			t.Errorf("parenEnd(%v, %v) = %d:%d, want 1:%d", c.start, c.inner, l, col, c.wantCol)
		}
	}
}

func TestASTMapBraces(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []int // columns of the '{' of each field, in order
	}{
		{"f'{a}{{b}}{c:{d}>{e}}'", []int{2, 10, 13, 17}},
		{"'x{' f\"{y!r}\" rf'\\{z}'", []int{7, 18}},
		{"f'{ {1: 2}[1] }{\"}\"}'", []int{2, 15}},
	} {
		m, err := pyast.ParseModule(c.src, "<test>")
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		js := m.Body[0].(*pyast.ExprStmt).Value.(*pyast.JoinedStr)
		x := newTestExporter(c.src)
		x.mapBraces(js, js.Pos)
		var got []int
		var walk func(j *pyast.JoinedStr)
		walk = func(j *pyast.JoinedStr) {
			for _, v := range j.Values {
				if fv, ok := v.(*pyast.FormattedValue); ok {
					if b, ok := x.braces[fv]; ok {
						got = append(got, b.Col)
					}
					if s, ok := fv.FormatSpec.(*pyast.JoinedStr); ok {
						walk(s)
					}
				}
			}
		}
		walk(js)
		if len(got) != len(c.want) {
			t.Errorf("%q: braces %v, want %v", c.src, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: braces %v, want %v", c.src, got, c.want)
				break
			}
		}
	}
}
