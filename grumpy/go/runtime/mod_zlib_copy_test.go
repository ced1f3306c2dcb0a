package runtime

import (
	"bytes"
	"testing"
)

// A cloned compressor continues exactly as the original would.
func TestDeflaterClone(t *testing.T) {
	for _, wbits := range []int{15, -15, 31} {
		d, ok := newDeflater(6, wbits, 0, nil)
		if !ok {
			t.Fatal("newDeflater")
		}
		d.write(bytes.Repeat([]byte("abcdefgh"), 100))
		d.flush()
		d.take()
		c, ok := d.clone()
		if !ok {
			t.Fatal("clone refused")
		}
		tail := []byte("the same continuation")
		d.write(tail)
		d.finish()
		c.write(tail)
		c.finish()
		if a, b := d.take(), c.take(); !bytes.Equal(a, b) {
			t.Errorf("wbits %d: clone output %x, original %x", wbits, b, a)
		}
	}
	d, _ := newDeflater(6, 15, 0, nil)
	d.write(make([]byte, zlibCopyHistory+1))
	if _, ok := d.clone(); ok {
		t.Error("clone past the history limit should be refused")
	}
}
