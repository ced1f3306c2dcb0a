package runtime

import "syscall"

const sysFstatatNo = syscall.SYS_NEWFSTATAT

const sysMemfdCreateNo = 319
