package runtime

import "testing"

// TestCallUnpackErrors checks the messages of f(*v) / f(**m) and of
// duplicate keywords, as CPython 3.11's CALL_FUNCTION_EX / DICT_MERGE.
func TestCallUnpackErrors(t *testing.T) {
	th := NewThread()
	fn := NewBuiltin("len", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return None, nil })
	dup := NewDict()
	dup.SetItemStr(NewStr("x"), MakeInt(1))
	cases := []struct {
		name string
		run  func() *BaseException
		want string
	}{
		{"star int", func() *BaseException { _, e := StarArgs(th, fn, MakeInt(5)); return e }, "len() argument after * must be an iterable, not int"},
		{"star none", func() *BaseException { _, e := StarArgs(th, fn, None); return e }, "len() argument after * must be an iterable, not NoneType"},
		{"star tuple", func() *BaseException { _, e := StarArgs(th, fn, NewTuple(MakeInt(1))); return e }, ""},
		{"dstar int", func() *BaseException { return MergeKwargs(th, NewDict(), MakeInt(5), fn) }, "len() argument after ** must be a mapping, not int"},
		{"dstar list", func() *BaseException { return MergeKwargs(th, NewDict(), NewList(), fn) }, "len() argument after ** must be a mapping, not list"},
		{"dstar dup", func() *BaseException {
			d := NewDict()
			d.SetItemStr(NewStr("x"), MakeInt(2))
			return MergeKwargs(th, d, dup, fn)
		}, "len() got multiple values for keyword argument 'x'"},
		{"kw dup", func() *BaseException {
			d := NewDict()
			d.SetItemStr(NewStr("x"), MakeInt(2))
			return MergeKwarg(th, d, NewStr("x"), MakeInt(3), fn)
		}, "len() got multiple values for keyword argument 'x'"},
	}
	for _, c := range cases {
		e := c.run()
		got := ""
		if e != nil {
			if !e.IsInstanceOf(TypeErrorType) {
				t.Errorf("%s: got %s, want TypeError", c.name, e.Type().Name())
			}
			s, _ := ToStr(th, e)
			got = s.Value()
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
