package runtime

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/big"
	"sync"
	"time"
)

// The _random module: the Mersenne Twister (MT19937) behind random.py, with
// CPython's seeding (init_by_array over the 32-bit words of abs(seed)), so
// seeded sequences equal CPython's bit for bit.

func init() {
	RegisterModule(&ModuleSpec{Name: "_random", Native: initRandom})
}

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// mtState is the generator state: the 624-word vector and the position.
type mtState struct {
	state [mtN]uint32
	index int
}

func (s *mtState) initGenrand(seed uint32) {
	mt := &s.state
	mt[0] = seed
	for i := 1; i < mtN; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	s.index = mtN
}

func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	mt := &s.state
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func (s *mtState) genrand() uint32 {
	mt := &s.state
	if s.index >= mtN {
		var kk int
		mag := func(y uint32) uint32 { return (y & 1) * mtMatrixA }
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ mag(y)
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag(y)
		}
		y := (mt[mtN-1] & mtUpperMask) | (mt[0] & mtLowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ mag(y)
		s.index = 0
	}
	y := mt[s.index]
	s.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is genrand_res53: a float in [0, 1) with 53 random bits.
func (s *mtState) random() float64 {
	a := s.genrand() >> 5
	b := s.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedBig seeds from a non-negative integer: its 32-bit words, least
// significant first (at least one word).
func (s *mtState) seedBig(n *big.Int) {
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		u := uint64(w)
		key = append(key, uint32(u))
		if bigWordBits == 64 {
			key = append(key, uint32(u>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	s.initByArray(key)
}

const bigWordBits = 32 << (^big.Word(0) >> 63)

// seedUrandom seeds from the OS entropy source (time and a counter when it
// is unavailable).
func (s *mtState) seedUrandom() {
	var buf [mtN * 4]byte
	key := make([]uint32, mtN)
	if _, err := crand.Read(buf[:]); err == nil {
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
	} else {
		now := time.Now().UnixNano()
		key = []uint32{uint32(now), uint32(now >> 32)}
	}
	s.initByArray(key)
}

// getrandbits returns k random bits as an int.
func (s *mtState) getrandbits(k int) Object {
	if k <= 32 {
		return MakeInt(int64(s.genrand() >> (32 - k)))
	}
	if k <= 63 {
		lo := uint64(s.genrand())
		hi := uint64(s.genrand() >> (64 - k))
		return MakeInt(int64(hi<<32 | lo))
	}
	nwords := (k-1)/32 + 1
	buf := make([]byte, nwords*4)
	for i := 0; i < nwords; i, k = i+1, k-32 {
		r := s.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		binary.LittleEndian.PutUint32(buf[4*i:], r)
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return NewBigInt(new(big.Int).SetBytes(buf))
}

// RandomObj is _random.Random.
type RandomObj struct {
	mu sync.Mutex
	mt mtState
}

// RandomType is _random.Random.
var RandomType = newNativeType("Random", "_random", nil, "Random() -> create a random number generator with its own internal state.").solidType()

// Type implements Object.
func (*RandomObj) Type() *Type { return RandomType }

func initRandom(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Module implements the Mersenne Twister random number generator."))
	m.dict.SetStr("Random", RandomType)
	return nil
}

// seed is random_seed: None seeds from entropy, ints by abs value, other
// objects by their hash.
func (r *RandomObj) seed(t *Thread, arg Object) *BaseException {
	if arg == nil || arg == None {
		r.mu.Lock()
		r.mt.seedUrandom()
		r.mu.Unlock()
		return nil
	}
	var n *big.Int
	if i, ok := asInt(arg); ok {
		n = new(big.Int).Abs(toBig(i))
	} else {
		h, exc := Hash(t, arg)
		if exc != nil {
			return exc
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	r.mu.Lock()
	r.mt.seedBig(n)
	r.mu.Unlock()
	return nil
}

func randomMethod(name string, fn func(t *Thread, r *RandomObj, args []Object, kw []*Str) (Object, *BaseException)) {
	defNativeMethod(RandomType, name, fn)
}

func init() {
	typ := RandomType
	DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, RandomType)
		if exc != nil {
			return nil, exc
		}
		r := &RandomObj{}
		r.mt.index = mtN + 1
		return nativeWrap(cls, RandomType, r), nil
	})
	randomMethod("__init__", func(t *Thread, r *RandomObj, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "Random() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, NewError(TypeErrorType, "Random() requires 0 or 1 argument")
		}
		var arg Object
		if len(args) == 1 {
			arg = args[0]
		}
		return None, r.seed(t, arg)
	})
	randomMethod("seed", func(t *Thread, r *RandomObj, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "Random.seed() takes no keyword arguments")
		}
		if exc := unpackArgs("seed", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		var arg Object
		if len(args) == 1 {
			arg = args[0]
		}
		return None, r.seed(t, arg)
	})
	randomMethod("random", func(t *Thread, r *RandomObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("Random.random", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		r.mu.Lock()
		v := r.mt.random()
		r.mu.Unlock()
		return Float(v), nil
	})
	randomMethod("getrandbits", func(t *Thread, r *RandomObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("Random.getrandbits", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		k, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if k < 0 {
			return nil, NewError(ValueErrorType, "number of bits must be non-negative")
		}
		if k == 0 {
			return MakeInt(0), nil
		}
		r.mu.Lock()
		v := r.mt.getrandbits(k)
		r.mu.Unlock()
		return v, nil
	})
	randomMethod("getstate", func(t *Thread, r *RandomObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("Random.getstate", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		items := make([]Object, mtN+1)
		r.mu.Lock()
		for i, w := range r.mt.state {
			items[i] = MakeInt(int64(w))
		}
		items[mtN] = MakeInt(int64(r.mt.index))
		r.mu.Unlock()
		return NewTuple(items...), nil
	})
	randomMethod("setstate", func(t *Thread, r *RandomObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("Random.setstate", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		tup, ok := Unwrap(args[0]).(*Tuple)
		if !ok {
			return nil, NewError(TypeErrorType, "state vector must be a tuple")
		}
		if len(tup.items) != mtN+1 {
			return nil, NewError(ValueErrorType, "state vector is the wrong size")
		}
		var st [mtN]uint32
		for i := 0; i < mtN; i++ {
			v, ok := asInt(tup.items[i])
			if !ok {
				return nil, NewError(TypeErrorType, "an integer is required")
			}
			if intSign(v) < 0 {
				return nil, NewError(OverflowErrorType, "can't convert negative value to unsigned int")
			}
			b := toBig(v)
			if b.BitLen() > 64 {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C unsigned long")
			}
			st[i] = uint32(b.Uint64())
		}
		iv, ok := asInt(tup.items[mtN])
		if !ok {
			return nil, NewError(TypeErrorType, "an integer is required")
		}
		idx, ok := iv.(Int)
		if !ok {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C long")
		}
		if idx < 0 || idx > mtN {
			return nil, NewError(ValueErrorType, "invalid state")
		}
		r.mu.Lock()
		r.mt.state = st
		r.mt.index = int(idx)
		r.mu.Unlock()
		return None, nil
	})
}
