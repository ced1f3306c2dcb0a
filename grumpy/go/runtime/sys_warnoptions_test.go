package runtime

import (
	"reflect"
	"testing"
)

func TestEnvWarnOptions(t *testing.T) {
	for _, c := range []struct {
		env  string
		want []string
	}{
		{"", nil},
		{"error", []string{"error"}},
		{"ignore::DeprecationWarning,,ignore::UnicodeWarning", []string{"ignore::DeprecationWarning", "ignore::UnicodeWarning"}},
		{",default,", []string{"default"}},
	} {
		t.Setenv("PYTHONWARNINGS", c.env)
		if got := envWarnOptions(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("PYTHONWARNINGS=%q: got %q, want %q", c.env, got, c.want)
		}
	}
}

func TestParseInterpreterArgsNoEnv(t *testing.T) {
	for _, c := range []struct {
		argv  []string
		noEnv bool
	}{
		{[]string{"exe", "-c", "pass"}, false},
		{[]string{"exe", "-E", "-c", "pass"}, true},
		{[]string{"exe", "-I", "-c", "pass"}, true},
		{[]string{"exe", "-bEs", "-c", "pass"}, true},
	} {
		if r := parseInterpreterArgs(c.argv); r.noEnv != c.noEnv {
			t.Errorf("%q: noEnv %v, want %v", c.argv, r.noEnv, c.noEnv)
		}
	}
}
