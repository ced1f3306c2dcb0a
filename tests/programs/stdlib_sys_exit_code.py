# sys.exit with an int code from inside functions and finally blocks.
import sys
def cleanup():
    print("cleanup ran")
try:
    print("start")
    sys.exit(7)
finally:
    cleanup()
