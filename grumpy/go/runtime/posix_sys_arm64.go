package runtime

import "syscall"

const sysFstatatNo = syscall.SYS_FSTATAT

const sysMemfdCreateNo = syscall.SYS_MEMFD_CREATE

const (
	sysCopyFileRange = 285
	sysPreadv2       = 286
	sysPwritev2      = 287
)
