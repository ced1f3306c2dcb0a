package interp

import (
	"testing"

	"grumpy/pyast"
)

func TestIsAsyncComp(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"[x for x in y]", false},
		{"[x async for x in y]", true},
		{"[await x for x in y]", true},
		{"[x for x in await y]", false}, // the first iterable runs outside
		{"[x for y in z for x in await y]", true},
		{"[x for x in y if await x]", true},
		{"{k: await v for k, v in y}", true},
		{"[[x async for x in y] for z in w]", true},
		{"[(x async for x in y) for z in w]", false},
		{"[lambda: (await x) for x in y]", false},
		{"(x async for x in y)", true},
		{"(f(await x) for x in y)", true},
		{"(x for x in y if x.attr[0] + 1)", false},
	}
	for _, c := range cases {
		e, err := pyast.ParseExpression(c.src, "<test>")
		if err != nil {
			t.Fatalf("%s: %v", c.src, err.Msg)
		}
		if got := isAsyncComp(e.Body); got != c.want {
			t.Errorf("isAsyncComp(%s) = %v, want %v", c.src, got, c.want)
		}
	}
}
