package runtime

import "syscall"

const sysFstatatNo = syscall.SYS_FSTATAT

const sysMemfdCreateNo = syscall.SYS_MEMFD_CREATE
