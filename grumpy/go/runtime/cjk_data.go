package runtime

// The CJK codec modules (_codecs_cn, _codecs_jp, _codecs_kr, _codecs_tw,
// _codecs_hk, _codecs_iso2022) and _multibytecodec. The driver generates,
// for a program that imports one of them, a package holding the module's
// mapping tables (extracted from the host CPython's codecs by
// grumpy/driver/cjk_tables.py, which documents the data format) whose init
// calls RegisterCJKModule; nothing here runs or is linked otherwise.

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"io"
	"sync"
)

// RegisterCJKModule registers a generated CJK codec module; data is its
// tables (empty for _multibytecodec).
func RegisterCJKModule(name, data string) {
	mod := &cjkModule{name: name, data: data}
	init := func(t *Thread, m *Module) *BaseException { return mod.init(t, m) }
	RegisterModule(&ModuleSpec{Name: name, Native: init})
}

type cjkModule struct {
	name string
	data string
	once sync.Once
	err  string
	byNm map[string]*cjkCodec
}

// cjkStatus of an encoder or decoder step: 0 done, > 0 the length of an
// illegal sequence, cjkTooFew an incomplete one at the end of the input.
const cjkTooFew = -1

// cjkState is CPython's MultibyteCodec_State (8 bytes, exposed by getstate).
type cjkState [8]byte

// cjkCodec is one codec: its encoder and decoder steps run until the end of
// the input or the first error, returning where they stopped.
type cjkCodec struct {
	name     string
	encInit  func(st *cjkState)
	encode   func(st *cjkState, rs []rune, pos int, out []byte, flush bool) (int, []byte, int)
	encReset func(st *cjkState, out []byte) []byte
	decInit  func(st *cjkState)
	decode   func(st *cjkState, data []byte, pos int, out []byte) (int, []byte, int)
}

type cjkReader struct {
	b []byte
	i int
}

func (r *cjkReader) uv() int {
	n, shift := 0, uint(0)
	for {
		c := r.b[r.i]
		r.i++
		n |= int(c&0x7F) << shift
		if c < 0x80 {
			return n
		}
		shift += 7
	}
}

func (r *cjkReader) zz() int {
	n := r.uv()
	if n&1 != 0 {
		return -(n >> 1) - 1
	}
	return n >> 1
}

func (r *cjkReader) bytes(n int) []byte {
	b := r.b[r.i : r.i+n]
	r.i += n
	return b
}

func (r *cjkReader) str() string { return string(r.bytes(r.uv())) }

func (m *cjkModule) load() {
	if m.data == "" {
		m.byNm = map[string]*cjkCodec{}
		return
	}
	z, err := base64.StdEncoding.DecodeString(m.data)
	if err != nil {
		m.err = err.Error()
		return
	}
	zr, err := zlib.NewReader(bytes.NewReader(z))
	if err != nil {
		m.err = err.Error()
		return
	}
	blob, err := io.ReadAll(zr)
	if err != nil {
		m.err = err.Error()
		return
	}
	r := &cjkReader{b: blob}
	n := r.uv()
	type pending struct {
		name string
		iso  *cjkIsoCodec
	}
	var isos []pending
	m.byNm = map[string]*cjkCodec{}
	for i := 0; i < n; i++ {
		name := r.str()
		switch r.uv() {
		case 0:
			m.byNm[name] = newCJKTableCodec(name, r)
		default:
			ic := readCJKIsoCodec(name, r)
			isos = append(isos, pending{name, ic})
		}
	}
	if r.uv() == 1 {
		charsets := readCJKCharsets(r)
		for _, p := range isos {
			m.byNm[p.name] = p.iso.codec(charsets)
		}
	}
}

func (m *cjkModule) init(t *Thread, mod *Module) *BaseException {
	types := cjkTypesGet()
	if m.name == "_multibytecodec" {
		mod.dict.SetStr("MultibyteIncrementalEncoder", types.incEnc)
		mod.dict.SetStr("MultibyteIncrementalDecoder", types.incDec)
		mod.dict.SetStr("MultibyteStreamReader", types.reader)
		mod.dict.SetStr("MultibyteStreamWriter", types.writer)
		cc := NewBuiltin("__create_codec", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != 1 || len(kw) != 0 {
				return nil, Errorf(TypeErrorType, "__create_codec() takes exactly one argument (%d given)", len(args))
			}
			return nil, NewError(ValueErrorType, "argument type invalid")
		})
		cc.module = m.name
		mod.dict.SetStr("__create_codec", cc)
		return nil
	}
	gc := NewBuiltin("getcodec", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) != 0 {
			return nil, NewError(TypeErrorType, "getcodec() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "getcodec() takes exactly one argument (%d given)", len(args))
		}
		s, ok := Unwrap(args[0]).(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "encoding name must be a string.")
		}
		m.once.Do(m.load)
		if m.err != "" {
			return nil, Errorf(SystemErrorType, "%s: corrupt codec tables: %s", m.name, m.err)
		}
		c := m.byNm[s.s]
		if c == nil {
			return nil, NewError(LookupErrorType, "no such codec is supported.")
		}
		return &cjkCodecObj{codec: c}, nil
	})
	gc.module = m.name
	mod.dict.SetStr("getcodec", gc)
	return nil
}
