package runtime

import (
	"sync"
	"testing"
)

func TestContextVars(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_contextvars")
	v := nmCall(t, th, nmAttr(t, th, m, "ContextVar"), NewStr("v"))
	if got := nmErr(th, nmAttr(t, th, v, "get")); got[:13] != "LookupError: " {
		t.Errorf("unset get: %s", got)
	}
	tok := nmMethod(t, th, v, "set", MakeInt(1))
	if got := nmMethod(t, th, v, "get"); got != MakeInt(1) {
		t.Errorf("get %v", got)
	}
	ctx := nmCall(t, th, nmAttr(t, th, m, "copy_context"))
	setter := NewBuiltin("setter", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return CallMethod(t, v, NewStr("set"), []Object{MakeInt(2)}, nil)
	})
	nmMethod(t, th, ctx, "run", setter)
	if got := nmMethod(t, th, v, "get"); got != MakeInt(1) {
		t.Errorf("run leaked into the outer context: %v", got)
	}
	if got, _ := GetItem(th, ctx, v); got != MakeInt(2) {
		t.Errorf("ctx[v] = %v", got)
	}
	nmMethod(t, th, v, "reset", tok)
	if got := nmMethod(t, th, v, "get", NewStr("dflt")); got != Object(NewStr("dflt")) && nmRepr(t, th, got) != "'dflt'" {
		t.Errorf("after reset %v", got)
	}
	if got := nmErr(th, nmAttr(t, th, v, "reset"), tok); len(got) < 13 || got[:13] != "RuntimeError:" {
		t.Errorf("reuse token: %s", got)
	}
}

// TestRaceContextVarsPerThread: each goroutine sees only its own values.
func TestRaceContextVarsPerThread(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_contextvars")
	v := nmCall(t, th, nmAttr(t, th, m, "ContextVar"), NewStr("v"))
	var wg sync.WaitGroup
	bad := make(chan int64, 8)
	for g := int64(0); g < 8; g++ {
		wg.Add(1)
		go func(g int64) {
			defer wg.Done()
			th := NewThread()
			for i := int64(0); i < 200; i++ {
				CallMethod(th, v, NewStr("set"), []Object{MakeInt(g*1000 + i)}, nil)
				r, _ := CallMethod(th, v, NewStr("get"), nil, nil)
				if r != MakeInt(g*1000+i) {
					bad <- g
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(bad)
	for g := range bad {
		t.Errorf("goroutine %d saw another thread's value", g)
	}
}
