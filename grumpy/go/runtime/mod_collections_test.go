package runtime

import (
	"fmt"
	"math/rand"
	"sync"
	"testing"
)

func dequeInts(d *Deque) []int64 {
	items := d.Snapshot()
	out := make([]int64, len(items))
	for i, o := range items {
		out[i] = int64(o.(Int))
	}
	return out
}

// TestDequeAgainstModel drives random operations on deques (bounded and
// not) and on a plain slice model, comparing contents after every step.
func TestDequeAgainstModel(t *testing.T) {
	th := NewThread()
	rng := rand.New(rand.NewSource(1))
	for _, maxlen := range []int{-1, 0, 1, 5, 17} {
		d := NewDeque()
		d.maxlen = maxlen
		var model []int64
		trim := func(left bool) {
			if maxlen >= 0 && len(model) > maxlen {
				if left {
					model = model[len(model)-maxlen:]
				} else {
					model = model[:maxlen]
				}
			}
		}
		for step := 0; step < 3000; step++ {
			v := int64(step)
			var desc string
			switch op := rng.Intn(9); op {
			case 0, 1:
				desc = "append"
				nmMethod(t, th, d, "append", MakeInt(v))
				model = append(model, v)
				trim(true)
			case 2:
				desc = "appendleft"
				nmMethod(t, th, d, "appendleft", MakeInt(v))
				model = append([]int64{v}, model...)
				trim(false)
			case 3:
				desc = "pop"
				if len(model) > 0 {
					got := nmMethod(t, th, d, "pop")
					if int64(got.(Int)) != model[len(model)-1] {
						t.Fatalf("pop %v, want %d", got, model[len(model)-1])
					}
					model = model[:len(model)-1]
				}
			case 4:
				desc = "popleft"
				if len(model) > 0 {
					got := nmMethod(t, th, d, "popleft")
					if int64(got.(Int)) != model[0] {
						t.Fatalf("popleft %v, want %d", got, model[0])
					}
					model = model[1:]
				}
			case 5:
				k := rng.Intn(41) - 20
				desc = fmt.Sprintf("rotate(%d)", k)
				nmMethod(t, th, d, "rotate", MakeInt(int64(k)))
				if n := len(model); n > 0 {
					s := ((k % n) + n) % n
					model = append(append([]int64{}, model[n-s:]...), model[:n-s]...)
				}
			case 6:
				if maxlen >= 0 && len(model) >= maxlen {
					continue
				}
				i := rng.Intn(len(model)+3) - 1
				desc = fmt.Sprintf("insert(%d)", i)
				nmMethod(t, th, d, "insert", MakeInt(int64(i)), MakeInt(v))
				j := i
				if j < 0 {
					j += len(model)
					if j < 0 {
						j = 0
					}
				}
				if j > len(model) {
					j = len(model)
				}
				model = append(model[:j], append([]int64{v}, model[j:]...)...)
			case 7:
				if len(model) == 0 {
					continue
				}
				i := rng.Intn(len(model))
				desc = fmt.Sprintf("del [%d]", i)
				if exc := DelItem(th, d, MakeInt(int64(i))); exc != nil {
					t.Fatal(nmExcText(th, exc))
				}
				model = append(model[:i], model[i+1:]...)
			case 8:
				desc = "reverse"
				nmMethod(t, th, d, "reverse")
				for i, j := 0, len(model)-1; i < j; i, j = i+1, j-1 {
					model[i], model[j] = model[j], model[i]
				}
			}
			if got := dequeInts(d); fmt.Sprint(got) != fmt.Sprint(model) {
				t.Fatalf("maxlen %d step %d %s: deque %v, model %v", maxlen, step, desc, got, model)
			}
		}
	}
}

func TestDequeBehaviour(t *testing.T) {
	th := NewThread()
	nmImport(t, th, "_collections")
	mk := func(args ...Object) Object { return nmCall(t, th, DequeType, args...) }
	cases := []struct {
		name string
		got  func() string
		want string
	}{
		{"repr", func() string { return nmRepr(t, th, mk(NewList(MakeInt(1), MakeInt(2)))) }, "deque([1, 2])"},
		{"repr maxlen", func() string { return nmRepr(t, th, mk(nmStrs("a", "b", "c")[0], MakeInt(2))) }, "deque(['a'], maxlen=2)"},
		{"bounded init", func() string { return nmRepr(t, th, mk(NewStr("abc"), MakeInt(2))) }, "deque(['b', 'c'], maxlen=2)"},
		{"mul bounded", func() string {
			r, _ := Binary(th, OpMul, mk(NewList(MakeInt(1), MakeInt(2)), MakeInt(3)), MakeInt(3))
			return nmRepr(t, th, r)
		}, "deque([2, 1, 2], maxlen=3)"},
		{"pop empty", func() string { return nmErr(th, nmAttr(t, th, mk(), "pop")) }, "IndexError: pop from an empty deque"},
		{"index range", func() string {
			_, exc := GetItem(th, mk(), MakeInt(0))
			return nmExcText(th, exc)
		}, "IndexError: deque index out of range"},
		{"index type", func() string {
			_, exc := GetItem(th, mk(), NewStr("a"))
			return nmExcText(th, exc)
		}, "TypeError: sequence index must be integer, not 'str'"},
		{"remove", func() string { return nmErr(th, nmAttr(t, th, mk(), "remove"), MakeInt(3)) }, "ValueError: 3 is not in deque"},
		{"full", func() string {
			return nmErr(th, nmAttr(t, th, mk(NewList(MakeInt(1)), MakeInt(1)), "insert"), MakeInt(0), MakeInt(0))
		}, "IndexError: deque already at its maximum size"},
		{"maxlen neg", func() string { return nmErr(th, DequeType, NewList(), MakeInt(-1)) }, "ValueError: maxlen must be non-negative"},
		{"maxlen type", func() string { return nmErr(th, DequeType, NewList(), NewStr("x")) }, "TypeError: an integer is required"},
		{"concat", func() string {
			_, exc := Add(th, mk(), NewList())
			return nmExcText(th, exc)
		}, "TypeError: can only concatenate deque (not \"list\") to deque"},
		{"hash", func() string {
			_, exc := Hash(th, mk())
			return nmExcText(th, exc)
		}, "TypeError: unhashable type: 'collections.deque'"},
		{"self repr", func() string {
			d := mk(NewList(MakeInt(1)))
			nmMethod(t, th, d, "append", d)
			return nmRepr(t, th, d)
		}, "deque([1, [...]])"},
		{"count", func() string {
			return nmRepr(t, th, nmMethod(t, th, mk(NewStr("abca")), "count", NewStr("a")))
		}, "2"},
		{"index start", func() string {
			return nmRepr(t, th, nmMethod(t, th, mk(NewStr("abca")), "index", NewStr("a"), MakeInt(1)))
		}, "3"},
		{"eq", func() string {
			r, _ := Eq(th, mk(NewStr("ab")), mk(NewStr("ab"), MakeInt(9)))
			return nmRepr(t, th, r)
		}, "True"},
	}
	for _, c := range cases {
		if got := c.got(); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestDequeMutatedDuringIteration(t *testing.T) {
	th := NewThread()
	d := nmCall(t, th, DequeType, NewList(MakeInt(1), MakeInt(2), MakeInt(3)))
	it, exc := Iter(th, d)
	if exc != nil {
		t.Fatal(exc)
	}
	if v, _ := Next(th, it); v != MakeInt(1) {
		t.Fatalf("first item %v", v)
	}
	nmMethod(t, th, d, "append", MakeInt(4))
	_, exc = Next(th, it)
	if exc == nil || nmExcText(th, exc) != "RuntimeError: deque mutated during iteration" {
		t.Fatalf("got %v", exc)
	}
	// Item assignment and reversal are not structural changes.
	it2, _ := Iter(th, d)
	Next(th, it2)
	SetItem(th, d, MakeInt(1), MakeInt(20))
	nmMethod(t, th, d, "reverse")
	rest := nmList(t, th, it2)
	if fmt.Sprint(nmInts(rest)) != "[3 20 1]" {
		t.Fatalf("rest %v", rest)
	}
}

func TestDefaultDict(t *testing.T) {
	th := NewThread()
	d := nmCall(t, th, DefaultDictType, ListType)
	v, exc := GetItem(th, d, NewStr("k"))
	if exc != nil {
		t.Fatal(nmExcText(th, exc))
	}
	nmMethod(t, th, v, "append", MakeInt(1))
	if got := nmRepr(t, th, d); got != "defaultdict(<class 'list'>, {'k': [1]})" {
		t.Errorf("repr %s", got)
	}
	plain := nmCall(t, th, DefaultDictType)
	if _, exc := GetItem(th, plain, MakeInt(3)); exc == nil || nmExcText(th, exc) != "KeyError: 3" {
		t.Errorf("missing without factory: %v", exc)
	}
	if got := nmErr(th, DefaultDictType, MakeInt(1)); got != "TypeError: first argument must be callable or None" {
		t.Errorf("bad factory: %s", got)
	}
	if f := nmAttr(t, th, d, "default_factory"); f != Object(ListType) {
		t.Errorf("default_factory %v", f)
	}
	cp := nmMethod(t, th, d, "copy")
	if TypeOf(cp) != DefaultDictType || nmAttr(t, th, cp, "default_factory") != Object(ListType) {
		t.Errorf("copy lost the factory")
	}
	if ok, _ := IsInstance(th, d, DictType); !ok {
		t.Errorf("not a dict")
	}
}

func TestTupleGetterAndCountElements(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_collections")
	g := nmCall(t, th, nmAttr(t, th, m, "_tuplegetter"), MakeInt(1), NewStr("doc"))
	get := nmAttr(t, th, g, "__get__")
	if v := nmCall(t, th, get, NewTuple(MakeInt(5), MakeInt(6))); v != MakeInt(6) {
		t.Errorf("get %v", v)
	}
	if got := nmErr(th, get, MakeInt(5)); got != "TypeError: descriptor for index '1' for tuple subclasses doesn't apply to 'int' object" {
		t.Errorf("wrong type: %s", got)
	}
	if got := nmErr(th, get, NewTuple()); got != "IndexError: tuple index out of range" {
		t.Errorf("short: %s", got)
	}
	if got := nmRepr(t, th, g); got != "_tuplegetter(1, 'doc')" {
		t.Errorf("repr %s", got)
	}
	counts := NewDict()
	nmCall(t, th, nmAttr(t, th, m, "_count_elements"), counts, NewStr("abca"))
	if got := nmRepr(t, th, counts); got != "{'a': 2, 'b': 1, 'c': 1}" {
		t.Errorf("counts %s", got)
	}
}

// TestRaceDequeConcurrent appends and pops from several goroutines; every
// pushed item must come out exactly once.
func TestRaceDequeConcurrent(t *testing.T) {
	d := NewDeque()
	const workers, per = 8, 500
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			th := NewThread()
			for i := 0; i < per; i++ {
				v := MakeInt(int64(w*per + i))
				if i%2 == 0 {
					CallMethod(th, d, NewStr("append"), []Object{v}, nil)
				} else {
					CallMethod(th, d, NewStr("appendleft"), []Object{v}, nil)
				}
				if i%3 == 0 {
					CallMethod(th, d, NewStr("rotate"), []Object{MakeInt(1)}, nil)
				}
			}
		}(w)
	}
	wg.Wait()
	seen := map[int64]bool{}
	for _, v := range dequeInts(d) {
		if seen[v] {
			t.Fatalf("duplicate %d", v)
		}
		seen[v] = true
	}
	if len(seen) != workers*per {
		t.Fatalf("%d items, want %d", len(seen), workers*per)
	}
}
