package runtime

import "testing"

func TestImpQueries(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_imp")
	cases := []struct {
		fn   string
		args []Object
		want Object
	}{
		{"is_builtin", []Object{NewStr("sys")}, MakeInt(-1)},
		{"is_builtin", []Object{NewStr("builtins")}, MakeInt(-1)},
		{"is_builtin", []Object{NewStr("_heapq")}, MakeInt(1)},
		{"is_builtin", []Object{NewStr("no_such_module")}, MakeInt(0)},
		{"is_frozen", []Object{NewStr("os")}, False},
		{"lock_held", nil, False},
		{"acquire_lock", nil, None},
		{"release_lock", nil, None},
		{"_override_frozen_modules_for_tests", []Object{MakeInt(1)}, None},
	}
	for _, c := range cases {
		if got := nmCall(t, th, nmAttr(t, th, m, c.fn), c.args...); got != c.want {
			t.Errorf("_imp.%s%v = %v, want %v", c.fn, c.args, got, c.want)
		}
	}
	if l, ok := nmCall(t, th, nmAttr(t, th, m, "extension_suffixes")).(*List); !ok || len(l.Snapshot()) != 0 {
		t.Errorf("extension_suffixes() is not an empty list")
	}
}
