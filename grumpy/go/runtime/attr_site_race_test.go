package runtime

import "testing"

// Attribute sites shared by every goroutine (as a compiled module's sites
// are) while goroutines store and load attributes on one shared instance and
// on fresh instances of two classes, so the sites keep being refilled, their
// index hints race, and a class attribute is rewritten (epoch bumps)
// meanwhile. Each goroutine's own attribute must always read back what it
// stored.
func TestRaceAttrSites(t *testing.T) {
	th := NewThread()
	mk := func(name string) *Type {
		cls, exc := NewClass(th, TypeType, name, nil, NewDict())
		if exc != nil {
			t.Fatal(FormatException(th, exc))
		}
		return cls
	}
	a, b := mk("A"), mk("B")
	shared := NewInstance(a)
	var getX, setX, getOwn, setOwn, getK AttrSite
	x, k := NewStr("x"), NewStr("k")
	if exc := SetAttrSite(th, shared, x, MakeInt(0), &setX); exc != nil {
		t.Fatal(FormatException(th, exc))
	}
	for _, cls := range []*Type{a, b} {
		if exc := SetAttr(th, cls, k, MakeInt(-1)); exc != nil {
			t.Fatal(FormatException(th, exc))
		}
	}
	raceRun(t, func(th *Thread, w int) *BaseException {
		own := NewStr("own" + string(rune('A'+w)))
		for i := 0; i < raceIters; i++ {
			if exc := SetAttrSite(th, shared, x, MakeInt(int64(i)), &setX); exc != nil {
				return exc
			}
			if _, exc := GetAttrSite(th, shared, x, &getX); exc != nil {
				return exc
			}
			cls := a
			if (w+i)%2 == 0 {
				cls = b
			}
			o := NewInstance(cls)
			if exc := SetAttrSite(th, o, own, MakeInt(int64(i)), &setOwn); exc != nil {
				return exc
			}
			if exc := SetAttrSite(th, o, x, MakeInt(int64(w)), &setX); exc != nil {
				return exc
			}
			v, exc := GetAttrSite(th, o, own, &getOwn)
			if exc != nil {
				return exc
			}
			if v.(Int) != Int(i) {
				return Errorf(AssertionErrorType, "attribute read back %v, stored %d", v, i)
			}
			if i%50 == 0 {
				// A class attribute write bumps the type epoch.
				if exc := SetAttr(th, cls, k, MakeInt(int64(i))); exc != nil {
					return exc
				}
			}
			if i%50 == 1 {
				if _, exc := GetAttrSite(th, o, k, &getK); exc != nil {
					return exc
				}
			}
		}
		return nil
	})
}
