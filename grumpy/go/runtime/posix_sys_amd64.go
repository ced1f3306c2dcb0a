package runtime

import "syscall"

const sysFstatatNo = syscall.SYS_NEWFSTATAT
