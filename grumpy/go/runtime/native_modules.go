package runtime

import "sort"

// builtinModuleNames is sys.builtin_module_names: builtins, sys and every
// module written in Go (os.py looks for 'posix' there).
func builtinModuleNames() *Tuple {
	names := []string{"builtins", "sys"}
	registryMu.Lock()
	for name, spec := range registry {
		if spec.Native != nil && name != "builtins" && name != "sys" {
			names = append(names, name)
		}
	}
	registryMu.Unlock()
	sort.Strings(names)
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewTuple(items...)
}
