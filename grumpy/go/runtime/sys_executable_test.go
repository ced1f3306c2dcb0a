package runtime

import (
	"reflect"
	"testing"
)

func TestParseInterpreterArgs(t *testing.T) {
	cases := []struct {
		argv []string
		mode string
		arg  string
		sys  []string
		warn []string
		code int
	}{
		{[]string{"exe", "-c", "print(1)", "a"}, "c", "print(1)", []string{"-c", "a"}, nil, 0},
		{[]string{"exe", "-X", "faulthandler", "-I", "-c", "x"}, "c", "x", []string{"-c"}, nil, 0},
		{[]string{"exe", "-Esc", "x", "y"}, "c", "x", []string{"-c", "y"}, nil, 0},
		{[]string{"exe", "-cpass"}, "c", "pass", []string{"-c"}, nil, 0},
		{[]string{"exe", "-W", "error", "-Wignore", "-m", "json.tool", "f"}, "m", "json.tool", []string{"json.tool", "f"}, []string{"error", "ignore"}, 0},
		{[]string{"exe", "-", "a"}, "stdin", "", []string{"-", "a"}, nil, 0},
		{[]string{"exe", "-I"}, "stdin", "", []string{""}, nil, 0},
		{[]string{"exe", "-u", "prog.py", "-c", "x"}, "path", "prog.py", []string{"prog.py", "-c", "x"}, nil, 0},
		{[]string{"exe", "--", "-prog.py"}, "path", "-prog.py", []string{"-prog.py"}, nil, 0},
		{[]string{"exe", "-Z"}, "exit", "", nil, nil, 2},
		{[]string{"exe", "-c"}, "exit", "", nil, nil, 2},
		{[]string{"exe", "--nope"}, "exit", "", nil, nil, 2},
		{[]string{"exe", "-V"}, "exit", "", nil, nil, 0},
	}
	for _, c := range cases {
		r := parseInterpreterArgs(c.argv)
		if r.mode != c.mode || r.arg != c.arg || r.code != c.code || !reflect.DeepEqual(r.argv, c.sys) ||
			!reflect.DeepEqual(r.warn, c.warn) {
			t.Errorf("%q: got mode %q arg %q argv %q warn %q code %d", c.argv, r.mode, r.arg, r.argv, r.warn, r.code)
		}
	}
}
