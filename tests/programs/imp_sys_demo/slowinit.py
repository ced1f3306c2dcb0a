import time

FIRST = 1
time.sleep(0.3)  # another thread importing meanwhile must wait for LAST
LAST = 2
