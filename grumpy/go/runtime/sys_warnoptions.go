package runtime

import (
	"os"
	"strings"
)

// sys.warnoptions at start-up: the PYTHONWARNINGS environment variable
// (comma-separated filters, empty items skipped, as CPython's
// config_init_env_warnoptions splits it), then the -W options of an
// interpreter command line, which come later and so take precedence when
// warnings applies them in order. -E and -I ignore the environment.

func envWarnOptions() []string {
	v := os.Getenv("PYTHONWARNINGS")
	if v == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// warnOptionsList is the sys.warnoptions list for env then cmdline.
func warnOptionsList(env, cmdline []string) *List {
	l := NewList()
	for _, w := range env {
		l.Append(NewStr(w))
	}
	for _, w := range cmdline {
		l.Append(NewStr(w))
	}
	return l
}
