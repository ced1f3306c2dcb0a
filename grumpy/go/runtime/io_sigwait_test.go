package runtime

import (
	"bytes"
	"syscall"
	"testing"
	"time"
)

func TestIOFDKinds(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	if !ioFDIsFIFO(p[0]) || !ioFDIsFIFO(p[1]) {
		t.Errorf("a pipe is not reported as a FIFO")
	}
	if ioFDNonBlocking(p[0]) {
		t.Errorf("a fresh pipe is reported non-blocking")
	}
	if err := syscall.SetNonblock(p[0], true); err != nil {
		t.Fatal(err)
	}
	if !ioFDNonBlocking(p[0]) {
		t.Errorf("O_NONBLOCK is not seen")
	}
	if ioPollOnce(p[0], pollIn, 0) {
		t.Errorf("an empty pipe polls readable")
	}
	if !ioPollOnce(p[1], pollOut, 0) {
		t.Errorf("an empty pipe does not poll writable")
	}
}

func TestIOWriteFDPipe(t *testing.T) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	data := bytes.Repeat([]byte("ab"), 3*ioPipeChunk)
	// The second write is the main thread's once a signal module is in
	// use: it goes in pieces, polling for room.
	saved := signalDispatch
	defer func() { signalDispatch = saved }()
	for i, th := range []*Thread{{ident: 1}, {ident: 0}} {
		if i == 1 {
			signalDispatch = func(t *Thread) *BaseException { return nil }
			if !ioSigAware(th) {
				t.Fatal("the main thread is not signal-aware")
			}
		}
		got := make(chan []byte, 1)
		go func() {
			var out []byte
			buf := make([]byte, 1000)
			for len(out) < len(data) {
				n, err := syscall.Read(p[0], buf)
				if err != nil || n == 0 {
					break
				}
				out = append(out, buf[:n]...)
			}
			got <- out
		}()
		n, err, exc := ioWriteFD(th, p[1], data)
		if n != len(data) || err != nil || exc != nil {
			t.Fatalf("ioWriteFD = %d, %v, %v", n, err, exc)
		}
		select {
		case out := <-got:
			if !bytes.Equal(out, data) {
				t.Errorf("the pipe got %d bytes, want %d", len(out), len(data))
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the reader did not finish")
		}
	}
}

func TestIOReadintoBuffers(t *testing.T) {
	arr := newArray('i')
	arr.b = make([]byte, 8)
	ba := &ByteArray{b: make([]byte, 3)}
	cases := []struct {
		buf  Object
		n    int
		want []byte
		get  func() []byte
	}{
		{arr, 8, []byte("01234567"), func() []byte { return arr.b }},
		{ba, 3, []byte("xyz"), func() []byte { return ba.b }},
	}
	for _, c := range cases {
		n, exc := writableLen(nil, c.buf)
		if exc != nil || n != c.n {
			t.Errorf("writableLen(%s) = %d, %v; want %d", TypeOf(c.buf).name, n, exc, c.n)
			continue
		}
		if exc := fillBuffer(nil, c.buf, c.want); exc != nil {
			t.Errorf("fillBuffer(%s): %v", TypeOf(c.buf).name, exc)
		}
		if got := c.get(); !bytes.Equal(got, c.want) {
			t.Errorf("fillBuffer(%s) left %q, want %q", TypeOf(c.buf).name, got, c.want)
		}
	}
	if _, exc := writableLen(nil, NewBytes([]byte("ab"))); exc == nil {
		t.Errorf("writableLen accepted bytes")
	}
}
