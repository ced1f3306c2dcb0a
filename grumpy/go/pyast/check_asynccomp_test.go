package pyast

import "testing"

// Jumps out of an except* clause and async comprehensions nested in
// comprehensions, as CPython's compiler reports them.
func TestCheckExceptStarAndAsyncComp(t *testing.T) {
	cases := []struct {
		src, want string
	}{
		{"try:\n    pass\nexcept* ValueError:\n    break\n", exceptStarExit},
		{"for x in y:\n    try:\n        pass\n    except* ValueError:\n        for z in y:\n            break\n", ""},
		{"def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n", ""},
		{"def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", exceptStarExit},
		{"try:\n    pass\nexcept* ValueError:\n    return\n", "'return' outside function"},
		{"def bar():\n    [[i async for i in a] for a in b]\n", "asynchronous comprehension outside of an asynchronous function"},
		{"def bar():\n    [(i async for i in a) for a in b]\n", ""},
		{"async def bar():\n    [[i async for i in a] for a in b]\n", ""},
	}
	for _, c := range cases {
		m, err := ParseModule(c.src, "<t>")
		if err == nil {
			err = Check(m.Body, nil, "<t>", CheckOptions{})
		}
		got := ""
		if err != nil {
			got = err.Msg
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.src, got, c.want)
		}
	}
}
