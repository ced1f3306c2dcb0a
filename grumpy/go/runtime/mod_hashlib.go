package runtime

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"hash"
	"strings"
	"sync"
)

// The hash modules hashlib.py and hmac.py build on: _hashlib (CPython's
// OpenSSL-backed module: HASH/HASHXOF/HMAC objects, new, openssl_*,
// pbkdf2_hmac, hmac_new, hmac_digest, compare_digest) and the builtin
// fallbacks _md5, _sha1, _sha256, _sha512, _sha3 and _blake2. MD5 and the
// SHA-1/SHA-2 family come from Go's crypto packages; SHA-3/SHAKE (Keccak)
// and BLAKE2 are implemented in mod_hashlib_sha3.go and mod_hashlib_blake2.go.

func init() {
	RegisterModule(&ModuleSpec{Name: "_hashlib", Native: initHashlib})
	RegisterModule(&ModuleSpec{Name: "_md5", Native: initMd5Mod})
	RegisterModule(&ModuleSpec{Name: "_sha1", Native: initSha1Mod})
	RegisterModule(&ModuleSpec{Name: "_sha256", Native: initSha256Mod})
	RegisterModule(&ModuleSpec{Name: "_sha512", Native: initSha512Mod})
	RegisterModule(&ModuleSpec{Name: "_sha3", Native: initSha3Mod})
	RegisterModule(&ModuleSpec{Name: "_blake2", Native: initBlake2Mod})
}

// hasher is one running hash computation.
type hasher interface {
	Write(p []byte)
	// Sum returns the digest of the data so far without changing the state.
	Sum() []byte
	Clone() hasher
	Size() int
	BlockSize() int
}

// xofHasher is an extendable-output function (SHAKE).
type xofHasher interface {
	hasher
	SumN(n int) []byte
}

// goHasher adapts a Go hash.Hash; copies go through its binary marshaling.
type goHasher struct {
	h  hash.Hash
	mk func() hash.Hash
}

func (g *goHasher) Write(p []byte) { g.h.Write(p) }
func (g *goHasher) Sum() []byte    { return g.h.Sum(nil) }
func (g *goHasher) Size() int      { return g.h.Size() }
func (g *goHasher) BlockSize() int { return g.h.BlockSize() }
func (g *goHasher) Clone() hasher {
	n := g.mk()
	state, err := g.h.(encoding.BinaryMarshaler).MarshalBinary()
	if err == nil {
		err = n.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	}
	if err != nil {
		panic("hash clone: " + err.Error())
	}
	return &goHasher{h: n, mk: g.mk}
}

func goHash(mk func() hash.Hash) func() hasher {
	return func() hasher { return &goHasher{h: mk(), mk: mk} }
}

// hashAlgos maps the canonical algorithm names to their constructors.
var hashAlgos = map[string]func() hasher{
	"md5":        goHash(md5.New),
	"sha1":       goHash(sha1.New),
	"sha224":     goHash(sha256.New224),
	"sha256":     goHash(sha256.New),
	"sha384":     goHash(sha512.New384),
	"sha512":     goHash(sha512.New),
	"sha512_224": goHash(sha512.New512_224),
	"sha512_256": goHash(sha512.New512_256),
	"sha3_224":   func() hasher { return newKeccak(144, 28, 0x06) },
	"sha3_256":   func() hasher { return newKeccak(136, 32, 0x06) },
	"sha3_384":   func() hasher { return newKeccak(104, 48, 0x06) },
	"sha3_512":   func() hasher { return newKeccak(72, 64, 0x06) },
	"shake_128":  func() hasher { return newKeccak(168, 0, 0x1f) },
	"shake_256":  func() hasher { return newKeccak(136, 0, 0x1f) },
	"blake2b":    func() hasher { h, _ := newBlake2b(blake2Params{digestSize: 64, fanout: 1, depth: 1}); return h },
	"blake2s":    func() hasher { h, _ := newBlake2s(blake2Params{digestSize: 32, fanout: 1, depth: 1}); return h },
}

// canonicalHashName maps OpenSSL-style spellings ("SHA256", "sha-256",
// "SHA3-256", "sha512-224") to hashlib's names.
func canonicalHashName(name string) string {
	n := strings.ToLower(name)
	if _, ok := hashAlgos[n]; ok {
		return n
	}
	switch n {
	case "sha-1":
		return "sha1"
	case "sha-224", "sha2-224":
		return "sha224"
	case "sha-256", "sha2-256":
		return "sha256"
	case "sha-384", "sha2-384":
		return "sha384"
	case "sha-512", "sha2-512":
		return "sha512"
	case "sha512-224", "sha-512/224", "sha2-512/224":
		return "sha512_224"
	case "sha512-256", "sha-512/256", "sha2-512/256":
		return "sha512_256"
	case "sha3-224", "sha3-256", "sha3-384", "sha3-512", "shake-128", "shake-256", "shake128", "shake256":
		n = strings.Replace(n, "-", "_", 1)
		if !strings.Contains(n, "_") {
			n = n[:5] + "_" + n[5:]
		}
		return n
	case "blake2b512":
		return "blake2b"
	case "blake2s256":
		return "blake2s"
	}
	return ""
}

// HashObj is a hash object of any of the hash types (its Python type is
// per algorithm in the fallback modules, _hashlib.HASH/HASHXOF otherwise).
type HashObj struct {
	mu   sync.Mutex
	typ  *Type
	name string
	h    hasher
}

// Type implements Object.
func (o *HashObj) Type() *Type { return o.typ }

var (
	hashHASHType    = newNativeType("HASH", "_hashlib", nil, "A hash is an object used to calculate a checksum of a string of information.").solidType()
	hashHASHXOFType = newNativeType("HASHXOF", "_hashlib", hashHASHType, "A hash is an object used to calculate a checksum of a string of information.")
	hashHMACType    = newNativeType("HMAC", "_hashlib", nil, "The object used to calculate HMAC of a message.").solidType()

	UnsupportedDigestmodErrorType = func() *Type {
		t := newExcType("UnsupportedDigestmodError", ValueErrorType)
		t.module = "_hashlib"
		return t
	}()

	md5Type    = newNativeType("md5", "_md5", nil, "").solidType()
	sha1Type   = newNativeType("sha1", "_sha1", nil, "").solidType()
	sha224Type = newNativeType("sha224", "_sha256", nil, "").solidType()
	sha256Type = newNativeType("sha256", "_sha256", nil, "").solidType()
	sha384Type = newNativeType("sha384", "_sha512", nil, "").solidType()
	sha512Type = newNativeType("sha512", "_sha512", nil, "").solidType()

	sha3_224Type  = newNativeType("sha3_224", "_sha3", nil, "sha3_224([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 28 bytes.")
	sha3_256Type  = newNativeType("sha3_256", "_sha3", nil, "sha3_256([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 32 bytes.")
	sha3_384Type  = newNativeType("sha3_384", "_sha3", nil, "sha3_384([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 48 bytes.")
	sha3_512Type  = newNativeType("sha3_512", "_sha3", nil, "sha3_512([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 64 bytes.")
	shake_128Type = newNativeType("shake_128", "_sha3", nil, "shake_128([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")
	shake_256Type = newNativeType("shake_256", "_sha3", nil, "shake_256([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")

	blake2bType = newNativeType("blake2b", "_blake2", nil, "Return a new BLAKE2b hash object.")
	blake2sType = newNativeType("blake2s", "_blake2", nil, "Return a new BLAKE2s hash object.")
)

// hashDataArg accepts the data argument of update() and the constructors.
func hashDataArg(t *Thread, o Object) ([]byte, *BaseException) {
	if _, ok := strArgOf(o); ok {
		return nil, NewError(TypeErrorType, "Strings must be encoded before hashing")
	}
	b, ok, exc := bytesOf(t, o)
	if exc != nil {
		return nil, exc
	}
	if !ok {
		return nil, NewError(TypeErrorType, "object supporting the buffer API required")
	}
	return b, nil
}

func newHashObj(t *Thread, typ *Type, name string, h hasher, data Object) (Object, *BaseException) {
	o := &HashObj{typ: typ, name: name, h: h}
	if data != nil {
		b, exc := hashDataArg(t, data)
		if exc != nil {
			return nil, exc
		}
		h.Write(b)
	}
	return o, nil
}

func (o *HashObj) sum() []byte {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.h.Sum()
}

// xofLength converts the length argument of a SHAKE digest.
func xofLength(t *Thread, o Object, openssl bool) (int, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if intSign(i) < 0 {
		if openssl {
			return 0, NewError(MemoryErrorType, "")
		}
		return 0, NewError(ValueErrorType, "value must be positive")
	}
	if !ok {
		if openssl {
			return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	// _sha3's SHAKE caps the output at 2**29 bytes (CPython's
	// _SHAKE_digest); the OpenSSL one is only bounded by memory here.
	if n >= 1<<32 || (!openssl && n >= 1<<29) {
		return 0, NewError(ValueErrorType, "length is too large")
	}
	return int(n), nil
}

// defHashMethods installs update/digest/hexdigest/copy and the attributes
// on a hash type; cls is the name used in argument errors ("HASH", "md5").
func defHashMethods(typ *Type, cls string, xof, openssl bool) {
	defNativeMethod(typ, "update", func(t *Thread, o *HashObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount(cls+".update", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		b, exc := hashDataArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		o.mu.Lock()
		o.h.Write(b)
		o.mu.Unlock()
		return None, nil
	})
	digest := func(t *Thread, o *HashObj, fname string, args []Object, kw []*Str) ([]byte, *BaseException) {
		if !xof {
			if exc := ArgCount(cls+"."+fname, args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			return o.sum(), nil
		}
		var length Object
		if openssl {
			if exc := ParseArgs(fname, args, kw, []string{"length"}, &length); exc != nil {
				return nil, exc
			}
		} else {
			if exc := ArgCount(cls+"."+fname, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			length = args[0]
		}
		n, exc := xofLength(t, length, openssl)
		if exc != nil {
			return nil, exc
		}
		o.mu.Lock()
		defer o.mu.Unlock()
		return o.h.(xofHasher).SumN(n), nil
	}
	defNativeMethod(typ, "digest", func(t *Thread, o *HashObj, args []Object, kw []*Str) (Object, *BaseException) {
		b, exc := digest(t, o, "digest", args, kw)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b), nil
	})
	defNativeMethod(typ, "hexdigest", func(t *Thread, o *HashObj, args []Object, kw []*Str) (Object, *BaseException) {
		b, exc := digest(t, o, "hexdigest", args, kw)
		if exc != nil {
			return nil, exc
		}
		return NewStr(hex.EncodeToString(b)), nil
	})
	defNativeMethod(typ, "copy", func(t *Thread, o *HashObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount(cls+".copy", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		o.mu.Lock()
		c := &HashObj{typ: o.typ, name: o.name, h: o.h.Clone()}
		o.mu.Unlock()
		return c, nil
	})
	self := func(o Object) *HashObj { return Unwrap(o).(*HashObj) }
	defMember(typ, "name", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(self(o).name), nil
	})
	defMember(typ, "digest_size", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(int64(self(o).h.Size())), nil
	})
	defMember(typ, "block_size", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(int64(self(o).h.BlockSize())), nil
	})
	if openssl {
		DefMethod(typ, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			o := self(args[0])
			return NewStr(sprintf("<%s %s object @ %#x>", o.name, typ.name, addrOf(o))), nil
		})
	}
}

// noNewInstances makes a type that Python code cannot instantiate.
func noNewInstances(typ *Type) {
	DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, Errorf(TypeErrorType, "cannot create '%s' instances", typ.name)
	})
}

// hashCtorArgs parses (string=b”, *, usedforsecurity=True), the
// signature of the openssl_* functions and the _md5/_sha* constructors.
func hashCtorArgs(fname string, args []Object, kw []*Str, dataName string) (Object, *BaseException) {
	var data, usedfor Object
	params := []string{dataName + "?", "$", "usedforsecurity?"}
	if dataName == "" {
		params = []string{"data?", "/", "$", "usedforsecurity?"}
	}
	if n := len(args) - len(kw); n > 1 {
		return nil, Errorf(TypeErrorType, "%s() takes at most 1 positional argument (%d given)", fname, n)
	}
	if exc := clinicArgs(fname, args, kw, params, &data, &usedfor); exc != nil {
		return nil, exc
	}
	return data, nil
}

func opensslCtor(name string) BuiltinFn {
	return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		data, exc := hashCtorArgs("openssl_"+name, args, kw, "string")
		if exc != nil {
			return nil, exc
		}
		typ := hashHASHType
		if strings.HasPrefix(name, "shake") {
			typ = hashHASHXOFType
		}
		return newHashObj(t, typ, name, hashAlgos[name](), data)
	}
}

// opensslCtors maps the openssl_* builtins to their algorithm names (what
// hmac_new and pbkdf2 accept as digestmod besides a name).
var opensslCtors = map[*Builtin]string{}

func initHashlib(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("HASH", hashHASHType)
	m.dict.SetStr("HASHXOF", hashHASHXOFType)
	m.dict.SetStr("HMAC", hashHMACType)
	m.dict.SetStr("UnsupportedDigestmodError", UnsupportedDigestmodErrorType)
	names := []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}
	for _, n := range names {
		b := nativeFunc(m, "openssl_"+n, opensslCtor(n))
		opensslCtors[b] = n
	}
	var meth []Object
	for n := range hashAlgos {
		meth = append(meth, NewStr(n))
	}
	fs, exc := Call(t, FrozenSetType, []Object{NewList(meth...)}, nil)
	if exc != nil {
		return exc
	}
	m.dict.SetStr("openssl_md_meth_names", fs)
	m.dict.SetStr("_constructors", NewDict())
	nativeFunc(m, "new", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name, data, usedfor Object
		if exc := clinicArgs("new", args, kw, []string{"name", "string?", "$", "usedforsecurity?"}, &name, &data, &usedfor); exc != nil {
			return nil, exc
		}
		s, ok := strArgOf(name)
		if !ok {
			return nil, NewError(TypeErrorType, "name must be a string")
		}
		n := canonicalHashName(s.s)
		if n == "" {
			return nil, NewError(UnsupportedDigestmodErrorType, "[digital envelope routines] unsupported")
		}
		typ := hashHASHType
		if strings.HasPrefix(n, "shake") {
			typ = hashHASHXOFType
		}
		return newHashObj(t, typ, n, hashAlgos[n](), data)
	})
	nativeFunc(m, "get_fips_mode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(0), nil
	})
	nativeFunc(m, "compare_digest", hashCompareDigest)
	nativeFunc(m, "pbkdf2_hmac", hashPbkdf2)
	nativeFunc(m, "hmac_new", hmacNew)
	nativeFunc(m, "hmac_digest", hmacDigest)
	return nil
}

// hashCompareDigest is compare_digest(a, b): ASCII str or bytes-like, in
// time independent of where they differ.
func hashCompareDigest(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := ArgCount("compare_digest", args, kw, 2, 2); exc != nil {
		return nil, exc
	}
	a, b := args[0], args[1]
	sa, aStr := strArgOf(a)
	sb, bStr := strArgOf(b)
	if aStr && bStr {
		if !sa.isASCII() || !sb.isASCII() {
			return nil, NewError(TypeErrorType, "comparing strings with non-ASCII characters is not supported")
		}
		return Bool(subtle.ConstantTimeCompare([]byte(sa.s), []byte(sb.s)) == 1), nil
	}
	ab, exc := bytesArg(t, a)
	if exc != nil {
		return nil, exc
	}
	bb, exc := bytesArg(t, b)
	if exc != nil {
		return nil, exc
	}
	return Bool(subtle.ConstantTimeCompare(ab, bb) == 1), nil
}

// digestmodName resolves an hmac/pbkdf2 digestmod: a name or one of the
// openssl_* constructors.
func digestmodName(o Object) (string, *BaseException) {
	if s, ok := strArgOf(o); ok {
		n := canonicalHashName(s.s)
		if n == "" {
			return "", NewError(UnsupportedDigestmodErrorType, "[digital envelope routines] unsupported")
		}
		return n, nil
	}
	if b, ok := o.(*Builtin); ok {
		if n, ok := opensslCtors[b]; ok {
			return n, nil
		}
	}
	return "", NewError(UnsupportedDigestmodErrorType, "Unsupported digestmod "+reprOrEmpty(o))
}

func reprOrEmpty(o Object) string {
	r, exc := Repr(nil, o)
	if exc != nil {
		return "?"
	}
	return r.s
}

// hmacState is HMAC over one of the block hashes (RFC 2104).
type hmacState struct {
	inner, outer hasher
}

func newHMAC(mk func() hasher, key []byte) *hmacState {
	inner, outer := mk(), mk()
	bs := inner.BlockSize()
	if len(key) > bs {
		h := mk()
		h.Write(key)
		key = h.Sum()
	}
	pad := make([]byte, bs)
	copy(pad, key)
	ipad := make([]byte, bs)
	opad := make([]byte, bs)
	for i, c := range pad {
		ipad[i] = c ^ 0x36
		opad[i] = c ^ 0x5c
	}
	inner.Write(ipad)
	outer.Write(opad)
	return &hmacState{inner: inner, outer: outer}
}

func (h *hmacState) Write(p []byte) { h.inner.Write(p) }
func (h *hmacState) Sum() []byte {
	o := h.outer.Clone()
	o.Write(h.inner.Sum())
	return o.Sum()
}
func (h *hmacState) Clone() hasher {
	return &hmacState{inner: h.inner.Clone(), outer: h.outer.Clone()}
}
func (h *hmacState) Size() int      { return h.inner.Size() }
func (h *hmacState) BlockSize() int { return h.inner.BlockSize() }

func hmacKeyArg(t *Thread, o Object, fname string) ([]byte, *BaseException) {
	if _, ok := strArgOf(o); ok {
		return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
	}
	return bytesArg(t, o)
}

func hmacNew(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var key, msg, digestmod Object
	if exc := clinicArgs("hmac_new", args, kw, []string{"key", "msg?", "digestmod?"}, &key, &msg, &digestmod); exc != nil {
		return nil, exc
	}
	if digestmod == nil || digestmod == None {
		return nil, NewError(TypeErrorType, "Missing required parameter 'digestmod'.")
	}
	k, exc := hmacKeyArg(t, key, "hmac_new")
	if exc != nil {
		return nil, exc
	}
	name, exc := digestmodName(digestmod)
	if exc != nil {
		return nil, exc
	}
	if strings.HasPrefix(name, "shake") {
		return nil, NewError(UnsupportedDigestmodErrorType, "[digital envelope routines] unsupported")
	}
	if msg == None {
		msg = nil
	}
	return newHashObj(t, hashHMACType, "hmac-"+name, newHMAC(hashAlgos[name], k), msg)
}

func hmacDigest(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var key, msg, digest Object
	if exc := clinicArgs("hmac_digest", args, kw, []string{"key", "msg", "digest"}, &key, &msg, &digest); exc != nil {
		return nil, exc
	}
	k, exc := hmacKeyArg(t, key, "hmac_digest")
	if exc != nil {
		return nil, exc
	}
	name, exc := digestmodName(digest)
	if exc != nil {
		return nil, exc
	}
	if strings.HasPrefix(name, "shake") {
		return nil, NewError(UnsupportedDigestmodErrorType, "[digital envelope routines] unsupported")
	}
	m, exc := hashDataArg(t, msg)
	if exc != nil {
		return nil, exc
	}
	h := newHMAC(hashAlgos[name], k)
	h.Write(m)
	return NewBytes(h.Sum()), nil
}

func hashPbkdf2(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var hashName, password, salt, iterations, dklen Object
	if exc := clinicArgs("pbkdf2_hmac", args, kw, []string{"hash_name", "password", "salt", "iterations", "dklen?"}, &hashName, &password, &salt, &iterations, &dklen); exc != nil {
		return nil, exc
	}
	hn, ok := strArgOf(hashName)
	if !ok {
		return nil, Errorf(TypeErrorType, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", TypeOf(hashName).name)
	}
	pw, exc := bytesArg(t, password)
	if exc != nil {
		return nil, exc
	}
	sl, exc := bytesArg(t, salt)
	if exc != nil {
		return nil, exc
	}
	it, exc := indexArg(t, iterations)
	if exc != nil {
		return nil, exc
	}
	if it < 1 {
		return nil, NewError(ValueErrorType, "iteration value must be greater than 0.")
	}
	if it > 1<<31-1 {
		return nil, NewError(OverflowErrorType, "iteration value is too great.")
	}
	name := canonicalHashName(hn.s)
	if name == "" || strings.HasPrefix(name, "shake") {
		return nil, NewError(UnsupportedDigestmodErrorType, "[digital envelope routines] unsupported")
	}
	mk := hashAlgos[name]
	size := mk().Size()
	n := size
	if dklen != nil && dklen != None {
		n, exc = indexArg(t, dklen)
		if exc != nil {
			return nil, exc
		}
		if n < 1 {
			return nil, NewError(ValueErrorType, "key length must be greater than 0.")
		}
		if n > 1<<31-1 {
			return nil, NewError(OverflowErrorType, "key length is too great.")
		}
	}
	base := newHMAC(mk, pw)
	out := make([]byte, 0, n)
	for block := uint32(1); len(out) < n; block++ {
		h := base.Clone()
		h.Write(sl)
		h.Write([]byte{byte(block >> 24), byte(block >> 16), byte(block >> 8), byte(block)})
		u := h.Sum()
		acc := append([]byte(nil), u...)
		for i := 1; i < it; i++ {
			h = base.Clone()
			h.Write(u)
			u = h.Sum()
			for j := range acc {
				acc[j] ^= u[j]
			}
		}
		out = append(out, acc...)
	}
	return NewBytes(out[:n]), nil
}

// fallbackCtor is the constructor function of _md5/_sha1/_sha256/_sha512.
func fallbackCtor(m *Module, fname string, typ *Type, algo string) {
	nativeFunc(m, fname, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		data, exc := hashCtorArgs(fname, args, kw, "string")
		if exc != nil {
			return nil, exc
		}
		return newHashObj(t, typ, algo, hashAlgos[algo](), data)
	})
}

func initMd5Mod(t *Thread, m *Module) *BaseException {
	fallbackCtor(m, "md5", md5Type, "md5")
	m.dict.SetStr("MD5Type", md5Type)
	return nil
}

func initSha1Mod(t *Thread, m *Module) *BaseException {
	fallbackCtor(m, "sha1", sha1Type, "sha1")
	m.dict.SetStr("SHA1Type", sha1Type)
	return nil
}

func initSha256Mod(t *Thread, m *Module) *BaseException {
	fallbackCtor(m, "sha224", sha224Type, "sha224")
	fallbackCtor(m, "sha256", sha256Type, "sha256")
	m.dict.SetStr("SHA224Type", sha224Type)
	m.dict.SetStr("SHA256Type", sha256Type)
	return nil
}

func initSha512Mod(t *Thread, m *Module) *BaseException {
	fallbackCtor(m, "sha384", sha384Type, "sha384")
	fallbackCtor(m, "sha512", sha512Type, "sha512")
	m.dict.SetStr("SHA384Type", sha384Type)
	m.dict.SetStr("SHA512Type", sha512Type)
	return nil
}

var sha3Types = []struct {
	typ  *Type
	name string
}{
	{sha3_224Type, "sha3_224"}, {sha3_256Type, "sha3_256"}, {sha3_384Type, "sha3_384"},
	{sha3_512Type, "sha3_512"}, {shake_128Type, "shake_128"}, {shake_256Type, "shake_256"},
}

func initSha3Mod(t *Thread, m *Module) *BaseException {
	for _, s := range sha3Types {
		m.dict.SetStr(s.name, s.typ)
	}
	m.dict.SetStr("keccakopt", MakeInt(64))
	m.dict.SetStr("implementation", NewStr("tiny_sha3"))
	return nil
}

func initBlake2Mod(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("blake2b", blake2bType)
	m.dict.SetStr("blake2s", blake2sType)
	m.dict.SetStr("BLAKE2B_SALT_SIZE", MakeInt(16))
	m.dict.SetStr("BLAKE2B_PERSON_SIZE", MakeInt(16))
	m.dict.SetStr("BLAKE2B_MAX_KEY_SIZE", MakeInt(64))
	m.dict.SetStr("BLAKE2B_MAX_DIGEST_SIZE", MakeInt(64))
	m.dict.SetStr("BLAKE2S_SALT_SIZE", MakeInt(8))
	m.dict.SetStr("BLAKE2S_PERSON_SIZE", MakeInt(8))
	m.dict.SetStr("BLAKE2S_MAX_KEY_SIZE", MakeInt(32))
	m.dict.SetStr("BLAKE2S_MAX_DIGEST_SIZE", MakeInt(32))
	return nil
}

func init() {
	defHashMethods(hashHASHType, "HASH", false, true)
	defHashMethods(hashHASHXOFType, "HASHXOF", true, true)
	defHashMethods(hashHMACType, "HMAC", false, true)
	noNewInstances(hashHASHType)
	noNewInstances(hashHASHXOFType)
	noNewInstances(hashHMACType)
	for _, typ := range []*Type{md5Type, sha1Type, sha224Type, sha256Type, sha384Type, sha512Type} {
		defHashMethods(typ, shortTypeName(typ), false, false)
		noNewInstances(typ)
	}
	for _, s := range sha3Types {
		s := s
		xof := strings.HasPrefix(s.name, "shake")
		defHashMethods(s.typ, s.name, xof, false)
		DefStatic(s.typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			cls, exc := nativeNewArgs(args, s.typ)
			if exc != nil {
				return nil, exc
			}
			// CPython's shared argument parser names every SHA-3 type sha3_224.
			data, exc := hashCtorArgs("sha3_224", args[1:], kw, "")
			if exc != nil {
				return nil, exc
			}
			o, exc := newHashObj(t, s.typ, s.name, hashAlgos[s.name](), data)
			if exc != nil {
				return nil, exc
			}
			return nativeWrap(cls, s.typ, o), nil
		})
		k := hashAlgos[s.name]().(*keccak)
		defMember(s.typ, "_capacity_bits", func(t *Thread, o Object) (Object, *BaseException) {
			return MakeInt(int64(1600 - k.rate*8)), nil
		})
		defMember(s.typ, "_rate_bits", func(t *Thread, o Object) (Object, *BaseException) {
			return MakeInt(int64(k.rate * 8)), nil
		})
		defMember(s.typ, "_suffix", func(t *Thread, o Object) (Object, *BaseException) {
			return NewBytes([]byte{k.ds}), nil
		})
	}
	defHashMethods(blake2bType, "blake2b", false, false)
	defHashMethods(blake2sType, "blake2s", false, false)
	defBlake2New(blake2bType, true)
	defBlake2New(blake2sType, false)
	for _, typ := range []*Type{blake2bType, blake2sType} {
		b := typ == blake2bType
		set := func(name string, vb, vs int64) {
			if b {
				typ.dict.SetStr(name, MakeInt(vb))
			} else {
				typ.dict.SetStr(name, MakeInt(vs))
			}
		}
		set("SALT_SIZE", 16, 8)
		set("PERSON_SIZE", 16, 8)
		set("MAX_KEY_SIZE", 64, 32)
		set("MAX_DIGEST_SIZE", 64, 32)
	}
}
