package runtime

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// zdCase is one compressor run: the options of compressobj() (or
// zlib.compress when oneShot) and its calls: a data chunk to compress(),
// or a flush mode ("f<mode>").
type zdCase struct {
	Level    int      `json:"level"`
	Wbits    int      `json:"wbits"`
	MemLevel int      `json:"memlevel"`
	Strategy int      `json:"strategy"`
	Zdict    *string  `json:"zdict"` // hex
	OneShot  bool     `json:"oneshot"`
	Ops      []string `json:"ops"`  // "c<hex data>" or "f<mode>"
	Copy     int      `json:"copy"` // continue in a copy() after this many ops (0: none)
}

// zdRunCase runs a case here; every call's output is hashed (sha256 hex).
func zdRunCase(c zdCase) []string {
	var res []string
	h := func(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:8]) }
	if c.OneShot {
		data, _ := hex.DecodeString(c.Ops[0][1:])
		z, ok := newZdef(c.Level, c.Wbits, 8, 0)
		if !ok {
			return []string{"error"}
		}
		out, _ := z.pyCall(data, zFinish)
		z.release() // the next one-shot case reuses the buffers
		return []string{h(out)}
	}
	z, ok := newZdef(c.Level, c.Wbits, c.MemLevel, c.Strategy)
	if !ok {
		return []string{"error"}
	}
	if c.Zdict != nil {
		d, _ := hex.DecodeString(*c.Zdict)
		if z.setDictionary(d) != zOK {
			return []string{"dict error"}
		}
	}
	for i, op := range c.Ops {
		if c.Copy != 0 && i == c.Copy {
			z = z.clone()
		}
		if op[0] == 'c' {
			data, _ := hex.DecodeString(op[1:])
			out, _ := z.pyCall(data, zNoFlush)
			res = append(res, h(out))
		} else {
			mode := int(op[1] - '0')
			out, _ := z.pyCall(nil, mode)
			res = append(res, h(out))
		}
	}
	return res
}

const zdPyScript = `
import zlib, json, sys, hashlib
cases = json.load(open(sys.argv[1]))
res = []
h = lambda b: hashlib.sha256(b).hexdigest()[:16]
for c in cases:
    if c['oneshot']:
        try:
            res.append([h(zlib.compress(bytes.fromhex(c['ops'][0][1:]), c['level'], c['wbits']))])
        except zlib.error:
            res.append(['error'])
        continue
    kw = {}
    if c['zdict'] is not None:
        kw['zdict'] = bytes.fromhex(c['zdict'])
    try:
        z = zlib.compressobj(c['level'], zlib.DEFLATED, c['wbits'], c['memlevel'], c['strategy'], **kw)
    except ValueError as e:
        res.append(['dict error' if 'dictionary' in str(e) else 'error'])
        continue
    r = []
    for i, op in enumerate(c['ops']):
        if c['copy'] and i == c['copy']:
            z = z.copy()
        if op[0] == 'c':
            r.append(h(z.compress(bytes.fromhex(op[1:]))))
        else:
            r.append(h(z.flush(int(op[1:]))))
    res.append(r)
json.dump(res, open(sys.argv[2], 'w'))
`

func zdTestInputs() map[string][]byte {
	rnd := rand.New(rand.NewSource(7))
	randBytes := func(n int) []byte {
		b := make([]byte, n)
		rnd.Read(b)
		return b
	}
	var text bytes.Buffer
	words := strings.Fields("the quick brown fox jumps over lazy dog zlib deflate window hash chain lazy match literal distance block tree huffman")
	for text.Len() < 100000 {
		text.WriteString(words[rnd.Intn(len(words))])
		if rnd.Intn(9) == 0 {
			text.WriteString(".\n")
		} else {
			text.WriteByte(' ')
		}
	}
	// low-entropy binary: small alphabet with runs
	lowEnt := make([]byte, 200000)
	for i := range lowEnt {
		if rnd.Intn(5) == 0 {
			lowEnt[i] = byte(rnd.Intn(4))
		} else if i > 0 {
			lowEnt[i] = lowEnt[i-1]
		}
	}
	var src []byte
	if b, err := os.ReadFile("mod_zlib_deflate.go"); err == nil {
		src = b
	}
	big := make([]byte, 0, 1300000)
	for len(big) < 1200000 {
		big = append(big, text.Bytes()[rnd.Intn(1000):][:rnd.Intn(5000)]...)
		big = append(big, randBytes(rnd.Intn(300))...)
		big = append(big, bytes.Repeat([]byte{byte(rnd.Intn(256))}, rnd.Intn(600))...)
	}
	return map[string][]byte{
		"empty":  nil,
		"one":    []byte("a"),
		"tiny":   []byte("hello hello hello world"),
		"text":   text.Bytes(),
		"rep":    bytes.Repeat([]byte("abcabcabd"), 20000),
		"zeros":  make([]byte, 100000),
		"random": randBytes(100000),
		"lowent": lowEnt,
		"src":    src,
		"big":    big,
	}
}

func zdTestCases() []zdCase {
	in := zdTestInputs()
	var cases []zdCase
	hx := hex.EncodeToString
	names := []string{"empty", "one", "tiny", "text", "rep", "zeros", "random", "lowent", "src", "big"}
	for _, name := range names {
		for _, level := range []int{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9} {
			for _, wbits := range []int{15, -15, 31, 9, -9, 12, 8} {
				if name == "big" && (wbits != 15 && wbits != 31 || level%3 != 0) {
					continue
				}
				if len(in[name]) > 1000 && (wbits == -15 || wbits == 8) && level%2 == 0 {
					continue
				}
				cases = append(cases, zdCase{Level: level, Wbits: wbits, OneShot: true, Ops: []string{"c" + hx(in[name])}})
			}
		}
	}
	for _, name := range []string{"tiny", "text", "rep", "zeros", "random", "lowent", "big"} {
		for _, strategy := range []int{0, 1, 2, 3, 4} {
			for _, level := range []int{0, 1, 4, 6, 9} {
				for _, mem := range []int{1, 2, 8, 9} {
					if name == "big" && (mem != 8 || level != 6 && strategy != 3) {
						continue
					}
					cases = append(cases, zdCase{Level: level, Wbits: 15, MemLevel: mem, Strategy: strategy, Ops: []string{"c" + hx(in[name]), "f4"}})
				}
			}
		}
	}
	// chunked streaming with flushes
	rnd := rand.New(rand.NewSource(11))
	for _, name := range []string{"text", "random", "lowent", "src", "zeros"} {
		data := in[name]
		for _, level := range []int{0, 1, 3, 6, 9} {
			for _, wbits := range []int{15, -12, 31} {
				for trial := 0; trial < 3; trial++ {
					var ops []string
					for p := 0; p < len(data); {
						n := []int{1, 7, 100, 1000, 16384, 40000, 70000}[rnd.Intn(7)]
						n = min(n, len(data)-p)
						ops = append(ops, "c"+hx(data[p:p+n]))
						p += n
						if rnd.Intn(4) == 0 {
							ops = append(ops, "f"+string(rune('0'+[]int{0, 1, 2, 3, 5, 2}[rnd.Intn(6)])))
						}
						if len(ops) > 60 {
							break
						}
					}
					ops = append(ops, "f4")
					cases = append(cases, zdCase{Level: level, Wbits: wbits, MemLevel: 8, Strategy: trial % 5, Ops: ops, Copy: len(ops) / 2})
				}
			}
		}
	}
	// dictionaries
	for _, dict := range [][]byte{nil, {}, []byte("hello world"), in["text"][:40000], in["text"][5000:5100]} {
		d := hx(dict)
		for _, wbits := range []int{15, -15, 31, 10} {
			for _, level := range []int{0, 1, 6, 9} {
				c := zdCase{Level: level, Wbits: wbits, MemLevel: 8, Zdict: &d, Ops: []string{"c" + hx(in["text"][:20000]), "f2", "c" + hx(in["tiny"]), "f4"}}
				if dict == nil {
					c.Zdict = nil
				}
				cases = append(cases, c)
			}
		}
	}
	return cases
}

// TestDeflateMatchesCPython compresses many inputs with every option and
// compares the bytes with CPython's zlib module (skipped without python3).
func TestDeflateMatchesCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if exec.Command(py, "-c", "import zlib; assert zlib.ZLIB_RUNTIME_VERSION.startswith('1.2.1')").Run() != nil {
		t.Skip("python3's zlib is not 1.2.1x")
	}
	cases := zdTestCases()
	if testing.Short() { // a sample: every 7th case
		var sample []zdCase
		for i := 0; i < len(cases); i += 7 {
			sample = append(sample, cases[i])
		}
		cases = sample
	}
	dir := t.TempDir()
	inPath, outPath := filepath.Join(dir, "cases.json"), filepath.Join(dir, "res.json")
	js, _ := json.Marshal(cases)
	os.WriteFile(inPath, js, 0o644)
	os.WriteFile(filepath.Join(dir, "run.py"), []byte(zdPyScript), 0o644)
	if out, err := exec.Command(py, filepath.Join(dir, "run.py"), inPath, outPath).CombinedOutput(); err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	var want [][]string
	b, _ := os.ReadFile(outPath)
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	fails := 0
	for i, c := range cases {
		got := zdRunCase(c)
		if strings.Join(got, ",") != strings.Join(want[i], ",") {
			fails++
			if fails <= 15 {
				ops := make([]string, len(c.Ops))
				for j, op := range c.Ops {
					if op[0] == 'c' {
						ops[j] = "c" + strconv.Itoa(len(op)/2)
					} else {
						ops[j] = op
					}
				}
				t.Errorf("case %d level %d wbits %d mem %d strat %d dict %v oneshot %v copy %d ops %v:\n got %v\nwant %v",
					i, c.Level, c.Wbits, c.MemLevel, c.Strategy, c.Zdict != nil, c.OneShot, c.Copy, ops, got, want[i])
			}
		}
	}
	t.Logf("%d cases, %d differ", len(cases), fails)
}
