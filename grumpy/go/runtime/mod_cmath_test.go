package runtime

import (
	"bufio"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// cmTestFile finds CPython's cmath_testcases.txt (the test package of the
// host python3), or "" when there is none.
func cmTestFile() string {
	out, err := exec.Command("python3", "-c", "import test.test_math as m; print(m.test_dir)").Output()
	if err != nil {
		return ""
	}
	p := filepath.Join(strings.TrimSpace(string(out)), "cmath_testcases.txt")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

func cmClose(want, got, absErr float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	if math.IsInf(want, 0) {
		return want == got
	}
	if want == 0 && got == 0 {
		return math.Signbit(want) == math.Signbit(got)
	}
	d := math.Abs(got - want)
	return d <= math.Max(absErr, 2e-15*math.Abs(want))
}

// TestCmathTestcases runs CPython's cmath_testcases.txt as test_cmath's
// test_specific_values does.
func TestCmathTestcases(t *testing.T) {
	path := cmTestFile()
	if path == "" {
		t.Skip("no cmath_testcases.txt")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fns := map[string]func(complex128) (complex128, cmErr){
		"acos": cmAcos, "acosh": cmAcosh, "asin": cmAsin, "asinh": cmAsinh,
		"atan": cmAtan, "atanh": cmAtanh, "cos": cmCos, "cosh": cmCosh,
		"exp": cmExp, "log": cmLog, "log10": cmLog10, "sin": cmSin, "sinh": cmSinh,
		"sqrt": cmSqrt, "tan": cmTan, "tanh": cmTanh,
		"rect": func(z complex128) (complex128, cmErr) { return cmRect(real(z), imag(z)) },
		"polar": func(z complex128) (complex128, cmErr) {
			r, e := cmAbs(z)
			return complex(r, mlAtan2(imag(z), real(z))), e
		},
	}
	pf := func(s string) float64 {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("bad float %q", s)
		}
		return v
	}
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "--") || strings.TrimSpace(line) == "" {
			continue
		}
		lr := strings.SplitN(line, "->", 2)
		lhs, rhs := strings.Fields(lr[0]), strings.Fields(lr[1])
		id, fn := lhs[0], lhs[1]
		z := complex(pf(lhs[2]), pf(lhs[3]))
		want := complex(pf(rhs[0]), pf(rhs[1]))
		flags := strings.Join(rhs[2:], " ")
		n++
		got, e := fns[fn](z)
		switch {
		case strings.Contains(flags, "divide-by-zero") || strings.Contains(flags, "invalid"):
			if e != cmEDom {
				bad++
				t.Errorf("%s: %s(%v) = %v, %d; want ValueError", id, fn, z, got, e)
			}
			continue
		case strings.Contains(flags, "overflow"):
			if e != cmERange {
				bad++
				t.Errorf("%s: %s(%v) = %v, %d; want OverflowError", id, fn, z, got, e)
			}
			continue
		}
		if e != cmOK {
			bad++
			t.Errorf("%s: %s(%v) raised %d; want %v", id, fn, z, e, want)
			continue
		}
		gr, gi, wr, wi := real(got), imag(got), real(want), imag(want)
		if strings.Contains(flags, "ignore-real-sign") {
			gr, wr = math.Abs(gr), math.Abs(wr)
		}
		if strings.Contains(flags, "ignore-imag-sign") {
			gi, wi = math.Abs(gi), math.Abs(wi)
		}
		absErr := 5e-323
		if fn == "log" || fn == "log10" {
			absErr = 2e-15
		}
		if !cmClose(wr, gr, absErr) || !cmClose(wi, gi, 5e-323) {
			bad++
			t.Errorf("%s: %s(%v) = (%v, %v); want (%v, %v)", id, fn, z, gr, gi, wr, wi)
		}
	}
	t.Logf("%d cases, %d bad", n, bad)
}
