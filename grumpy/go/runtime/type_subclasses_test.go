package runtime

import (
	goruntime "runtime"
	"testing"
	"weak"
)

func TestSubclassesHeldWeakly(t *testing.T) {
	base, exc := NewClass(nil, TypeType, "Base", []*Type{ObjectType}, NewDict())
	if exc != nil {
		t.Fatal(exc)
	}
	mk := func(name string) weak.Pointer[Type] {
		c, exc := NewClass(nil, TypeType, name, []*Type{base}, NewDict())
		if exc != nil {
			t.Fatal(exc)
		}
		return weak.Make(c)
	}
	keep, exc := NewClass(nil, TypeType, "Keep", []*Type{base}, NewDict())
	if exc != nil {
		t.Fatal(exc)
	}
	gone := mk("Gone")
	for i := 0; i < 5 && gone.Value() != nil; i++ {
		goruntime.GC()
	}
	if gone.Value() != nil {
		t.Fatal("an unreferenced subclass was not collected")
	}
	subs := base.subclasses.list()
	if len(subs) != 1 || subs[0] != keep {
		t.Fatalf("subclasses = %v, want [Keep]", subs)
	}
	base.subclasses.addOnce(keep)
	base.subclasses.remove(keep)
	if n := len(base.subclasses.list()); n != 0 {
		t.Fatalf("after remove: %d subclasses", n)
	}
	// Builtin types stay, held strongly.
	found := false
	for _, s := range ObjectType.subclasses.list() {
		if s == IntType {
			found = true
		}
	}
	if !found {
		t.Fatal("int missing from object.__subclasses__()")
	}
}
