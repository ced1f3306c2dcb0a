# Run with `-m imp_fresh_demo.cli` by sys_executable_child.py.
import sys

if __name__ == "__main__":
    print("cli main", __name__, __package__, sys.argv[1:])
    sys.exit(int(sys.argv[1]) if sys.argv[1:] and sys.argv[1].isdigit() else 0)
