package runtime

import "testing"

func TestTypingReprs(t *testing.T) {
	th := NewThread()
	cases := []struct {
		o    Object
		want string
	}{
		{NewGenericAlias(ListType, IntType), "list[int]"},
		{NewGenericAlias(DictType, NewTuple(StrType, NewGenericAlias(ListType, IntType))), "dict[str, list[int]]"},
		{NewGenericAlias(TupleType, NewTuple(IntType, Ellipsis)), "tuple[int, ...]"},
		{NewGenericAlias(TupleType, NewTuple()), "tuple[()]"},
		{NewGenericAlias(TypeType, IntType), "type[int]"},
		{unionOf(IntType, None), "int | None"},
		{unionOf(unionOf(IntType, StrType), unionOf(StrType, None)), "int | str | None"},
		{unionOf(NewGenericAlias(ListType, IntType), None), "list[int] | None"},
		{unionOf(IntType, IntType), "<class 'int'>"},
	}
	for i, c := range cases {
		r, exc := Repr(th, c.o)
		if exc != nil {
			t.Errorf("case %d: repr raised %v", i, exc)
			continue
		}
		if r.s != c.want {
			t.Errorf("case %d: repr = %q, want %q", i, r.s, c.want)
		}
	}
	if unionOf(IntType, MakeInt(1)) != NotImplemented {
		t.Errorf("int | 1 should be NotImplemented")
	}
}
