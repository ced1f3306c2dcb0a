package runtime

import (
	"encoding/hex"
	"testing"
)

func TestHashVectors(t *testing.T) {
	a200 := make([]byte, 200)
	for i := range a200 {
		a200[i] = 'a'
	}
	x300 := make([]byte, 300)
	for i := range x300 {
		x300[i] = 'x'
	}
	b2, _ := newBlake2b(blake2Params{digestSize: 32, key: []byte("key"), salt: []byte("salt"), person: []byte("me"), fanout: 1, depth: 1})
	b2.Write(x300)
	for _, c := range []struct {
		name string
		h    hasher
		data []byte
		n    int
		want string
	}{
		{"sha3_224", hashAlgos["sha3_224"](), []byte("abc"), 0, "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf"},
		{"sha3_512", hashAlgos["sha3_512"](), a200, 0, "eae6c85c6904f11075de9f9d5e1064371d000510fa3d2d79d40cf9be34892fb01859d0a0234e138bcb0ad5c84f6c0dca226a414b0c9a2897cb695f5185fe36ec"},
		{"shake_256", hashAlgos["shake_256"](), nil, 40, "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762fd75dc4ddd8c0f200"},
		{"blake2b", hashAlgos["blake2b"](), []byte("abc"), 0, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"},
		{"blake2s", hashAlgos["blake2s"](), []byte("abc"), 0, "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"},
		{"blake2b-keyed", b2, nil, 0, "6f0d6b8c23de79b5bc6b91126f44e9db136c4e9654a0f100e9693bb8a8ec6f1b"},
		{"hmac-sha256", newHMAC(hashAlgos["sha256"], []byte("key")), []byte("The quick brown fox jumps over the lazy dog"), 0, "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"},
	} {
		// Feed in uneven pieces to exercise buffering.
		for i := 0; i < len(c.data); i += 7 {
			c.h.Write(c.data[i:min(i+7, len(c.data))])
		}
		var got []byte
		if c.n > 0 {
			got = c.h.(xofHasher).SumN(c.n)
		} else {
			got = c.h.Sum()
		}
		if hex.EncodeToString(got) != c.want {
			t.Errorf("%s = %x, want %s", c.name, got, c.want)
		}
		if cl := c.h.Clone(); c.n == 0 && hex.EncodeToString(cl.Sum()) != c.want {
			t.Errorf("%s clone differs", c.name)
		}
	}
}

func TestPbkdf2(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_hashlib")
	got := nmCall(t, th, nmAttr(t, th, m, "pbkdf2_hmac"), NewStr("sha1"), NewBytes([]byte("password")), NewBytes([]byte("salt")), MakeInt(4096), MakeInt(20))
	if hex.EncodeToString(got.(*Bytes).b) != "4b007901b765489abead49d926f721d065a429c1" {
		t.Errorf("pbkdf2 = %x", got.(*Bytes).b)
	}
}
