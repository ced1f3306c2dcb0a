package runtime

import "syscall"

const sysFstatatNo = syscall.SYS_NEWFSTATAT

const sysMemfdCreateNo = 319

const (
	sysCopyFileRange = 326
	sysPreadv2       = 327
	sysPwritev2      = 328
)
