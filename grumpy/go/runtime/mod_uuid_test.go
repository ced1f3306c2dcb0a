package runtime

import "testing"

func TestGenerateUUID1(t *testing.T) {
	var last uint64
	for i := 0; i < 1000; i++ {
		u := generateUUID1()
		if u[6]>>4 != 1 {
			t.Fatalf("version %d, want 1", u[6]>>4)
		}
		if u[8]&0xc0 != 0x80 {
			t.Fatalf("variant bits %#x, want RFC 4122", u[8]&0xc0)
		}
		ts := uint64(u[6]&0x0f)<<56 | uint64(u[7])<<48 | uint64(u[4])<<40 | uint64(u[5])<<32 |
			uint64(u[0])<<24 | uint64(u[1])<<16 | uint64(u[2])<<8 | uint64(u[3])
		if ts <= last {
			t.Fatalf("timestamp %d not after %d", ts, last)
		}
		last = ts
	}
}
