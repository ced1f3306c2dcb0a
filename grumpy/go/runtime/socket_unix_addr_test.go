package runtime

import (
	"os"
	"syscall"
	"testing"
)

func TestUnixSockaddrRaw(t *testing.T) {
	cases := []struct {
		name    string
		wantLen uintptr
		wantErr bool
	}{
		{"@test_1_tmp", 2 + 11, false},
		{"\x00abstract", 2 + 9, false},
		{"", 2, false},
		{string(make([]byte, 108)), 2 + 108, false},
		{string(make([]byte, 109)), 0, true},
	}
	for _, c := range cases {
		u := &unixSockaddr{syscall.SockaddrUnix{Name: c.name}}
		r, n, err := u.raw()
		if (err != nil) != c.wantErr {
			t.Fatalf("%q: err %v", c.name, err)
		}
		if err != nil {
			continue
		}
		if n != c.wantLen || r.Family != syscall.AF_UNIX {
			t.Errorf("%q: len %d family %d", c.name, n, r.Family)
		}
		if len(c.name) > 0 && byte(r.Path[0]) != c.name[0] {
			t.Errorf("%q: first byte %d, not kept as is", c.name, r.Path[0])
		}
	}
}

func TestProcParent(t *testing.T) {
	if got := procParent(os.Getpid()); got != os.Getppid() {
		t.Errorf("procParent(self) = %d, want %d", got, os.Getppid())
	}
	if procParent(-5) != 0 || procExe(-5) != "" {
		t.Errorf("unknown pid should give 0 and \"\"")
	}
	// The test binary is not started by itself.
	if startedBySelfThroughShell() {
		t.Errorf("startedBySelfThroughShell() true for the test binary")
	}
}
