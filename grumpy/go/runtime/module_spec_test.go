package runtime

import "testing"

func TestModuleSpecFor(t *testing.T) {
	th := NewThread()
	for _, c := range []struct {
		name    string
		spec    *ModuleSpec
		origin  Object
		parent  string
		loader  string
		hasLoc  bool
		subLocs bool
	}{
		{"pkg.mod", &ModuleSpec{Name: "pkg.mod", File: "/x/pkg/mod.py"}, NewStr("/x/pkg/mod.py"), "pkg", "SourceFileLoader", true, false},
		{"pkg", &ModuleSpec{Name: "pkg", File: "/x/pkg/__init__.py", IsPackage: true}, NewStr("/x/pkg/__init__.py"), "pkg", "SourceFileLoader", true, true},
		{"_nat", &ModuleSpec{Name: "_nat", Native: func(*Thread, *Module) *BaseException { return nil }}, NewStr("built-in"), "", "BuiltinImporter", false, false},
		{"os", &ModuleSpec{Name: "os", File: "/lib/os.py"}, NewStr("frozen"), "", "FrozenImporter", false, false},
		{"ns.sub", &ModuleSpec{Name: "ns.sub", File: "/x/ns/sub", IsPackage: true, Namespace: true}, None, "ns.sub", "NamespaceLoader", false, true},
	} {
		s := moduleSpecFor(c.name, c.spec)
		get := func(n string) Object {
			v, exc := GetAttr(th, s, NewStr(n))
			if exc != nil {
				t.Fatalf("%s: spec.%s raised %v", c.name, n, exc)
			}
			return v
		}
		if r, _ := Eq(th, get("origin"), c.origin); r != True {
			t.Errorf("%s: origin %v, want %v", c.name, get("origin"), c.origin)
		}
		if p, _ := get("parent").(*Str); p == nil || p.s != c.parent {
			t.Errorf("%s: parent %v, want %q", c.name, get("parent"), c.parent)
		}
		if get("has_location") != Bool(c.hasLoc) {
			t.Errorf("%s: has_location %v", c.name, get("has_location"))
		}
		if (get("submodule_search_locations") != None) != c.subLocs {
			t.Errorf("%s: submodule_search_locations %v", c.name, get("submodule_search_locations"))
		}
		ld := get("loader")
		name := TypeOf(ld).name
		if typ, ok := ld.(*Type); ok {
			name = typ.name
		}
		if name != c.loader {
			t.Errorf("%s: loader %s, want %s", c.name, name, c.loader)
		}
	}
}
