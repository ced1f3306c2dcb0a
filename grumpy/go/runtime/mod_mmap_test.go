package runtime

import (
	"bytes"
	"testing"
)

func TestMmapErrors(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "mmap")
	mm := nmAttr(t, th, m, "mmap")
	for _, c := range []struct {
		args []Object
		want string
	}{
		{[]Object{MakeInt(-1), MakeInt(-1)}, "OverflowError: memory mapped length must be positive"},
		{[]Object{MakeInt(-1), MakeInt(0)}, "OSError: [Errno 22] Invalid argument"},
		{[]Object{MakeInt(-1), MakeInt(8), MakeInt(1), MakeInt(3), MakeInt(7)}, "ValueError: mmap invalid access parameter."},
		{[]Object{MakeInt(-1), MakeInt(8), MakeInt(2), MakeInt(3), MakeInt(1)}, "ValueError: mmap can't specify both access and flags, prot."},
		{[]Object{MakeInt(-1)}, "TypeError: function missing required argument 'length' (pos 2)"},
	} {
		if got := nmErr(th, mm, c.args...); got != c.want {
			t.Errorf("mmap(%v): %q, want %q", c.args, got, c.want)
		}
	}
}

func TestMmapBuffer(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "mmap")
	o := nmCall(t, th, nmAttr(t, th, m, "mmap"), MakeInt(-1), MakeInt(16))
	nmCall(t, th, nmAttr(t, th, o, "write"), NewBytes([]byte("abc")))
	if b, ok := bytesLike(o); !ok || !bytes.Equal(b[:4], []byte("abc\x00")) {
		t.Fatalf("bytesLike(mmap) = %q, %v", b, ok)
	}
	if handled, exc := bufferWriteAt(o, 3, []byte("de")); !handled || exc != nil {
		t.Fatalf("bufferWriteAt: %v %v", handled, exc)
	}
	v, exc := newMemoryView(th, o)
	if exc != nil {
		t.Fatal(exc)
	}
	if got := string(v.data()[:5]); got != "abcde" {
		t.Errorf("memoryview data %q", got)
	}
	if got := nmErr(th, nmAttr(t, th, o, "close")); got != "BufferError: cannot close exported pointers exist" {
		t.Errorf("close with a view: %q", got)
	}
	v.released.Store(true)
	nmCall(t, th, nmAttr(t, th, o, "close"))
	if got := nmErr(th, nmAttr(t, th, o, "read")); got != "ValueError: mmap closed or invalid" {
		t.Errorf("read after close: %q", got)
	}
}
