//go:build go1.24

package runtime

import (
	goruntime "runtime"
	"weak"
)

// Weak self-references and cleanups for file objects (see the unclosed-file
// handling in io_buffered.go).

type selfRef = weak.Pointer[Instance]

func makeSelfRef(in *Instance) selfRef { return weak.Make(in) }

// selfAlive reports whether the object is still reachable (after a
// collection).
func selfAlive(r selfRef) bool { return r.Value() != nil }

// addFileCleanup closes the file behind st once its object is unreachable.
func addFileCleanup(in *Instance, st Object) { goruntime.AddCleanup(in, fileCleanup, st) }
