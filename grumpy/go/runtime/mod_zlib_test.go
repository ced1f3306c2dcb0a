package runtime

import (
	"bytes"
	"encoding/hex"
	"hash/crc32"
	"testing"
)

func zlibTestData() []byte {
	var d []byte
	for i := 0; i < 5000; i++ {
		d = append(d, byte((i*7+i/13)%251))
	}
	for i := 0; i < 2000; i++ {
		d = append(d, "abc"...)
	}
	return d
}

func TestInflateRoundTripsAllChunkings(t *testing.T) {
	data := zlibTestData()
	for _, wbits := range []int{15, -15, 31} {
		for _, level := range []int{0, 1, 6, 9, -2} {
			strategy := 0
			if level == -2 {
				level, strategy = 6, 2 // Z_HUFFMAN_ONLY
			}
			d, ok := newZdef(level, wbits, 8, strategy)
			if !ok {
				t.Fatalf("newZdef(%d, %d)", level, wbits)
			}
			comp, _ := d.pyCall(data, zFinish)
			for _, chunk := range []int{1, 3, 64, len(comp)} {
				z, _ := newInflater(wbits, nil)
				var out []byte
				for i := 0; i < len(comp); i += chunk {
					z.in = append(z.in, comp[i:min(i+chunk, len(comp))]...)
					part, err := z.run(0)
					if err != nil {
						t.Fatalf("wbits %d level %d chunk %d: %v", wbits, level, chunk, err.msg)
					}
					out = append(out, part...)
				}
				if z.state != stDone || !bytes.Equal(out, data) {
					t.Fatalf("wbits %d level %d chunk %d: done=%v equal=%v", wbits, level, chunk, z.state == stDone, bytes.Equal(out, data))
				}
			}
		}
	}
}

func TestInflateMaxOutput(t *testing.T) {
	data := zlibTestData()
	d, _ := newZdef(6, 15, 8, 0)
	z, _ := newInflater(15, nil)
	z.in, _ = d.pyCall(data, zFinish)
	var out []byte
	for z.state != stDone {
		part, err := z.run(100)
		if err != nil {
			t.Fatal(err.msg)
		}
		if len(part) > 100 {
			t.Fatalf("got %d bytes, limit 100", len(part))
		}
		out = append(out, part...)
	}
	if !bytes.Equal(out, data) {
		t.Fatal("bounded output differs")
	}
}

func TestInflateErrors(t *testing.T) {
	for _, c := range []struct {
		wbits int
		in    string
		want  string
	}{
		{15, "6761726261676500", "incorrect header check"},
		{15, "789c07", "invalid block type"},
		{15, "789c0001000000", "invalid stored block lengths"},
		{15, "7918", "unknown compression method"},
		{31, "1f8b07000000000000ff", "unknown compression method"},
		{31, "1f8b08e0000000000003", "unknown header flags set"},
	} {
		in, _ := hex.DecodeString(c.in)
		z, _ := newInflater(c.wbits, nil)
		z.in = in
		_, err := z.run(0)
		if err == nil || err.msg != c.want {
			t.Errorf("%s: %v, want %q", c.in, err, c.want)
		}
	}
}

func TestChecksums(t *testing.T) {
	data := zlibTestData()
	if got := adler32Update(1, []byte("abc")); got != 38600999 {
		t.Errorf("adler32(abc) = %d", got)
	}
	big := bytes.Repeat([]byte{0xff}, 100000)
	if got := adler32Update(1, big); got != 345649196 {
		t.Errorf("adler32(ff*100000) = %d", got)
	}
	if crc32.ChecksumIEEE(data) == 0 {
		t.Error("crc")
	}
}
