# args: --name Bob -vv extra1 extra2
import argparse
import io
import sys


def show(ns):
    print(sorted(vars(ns).items()))


def try_parse(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(argv)
        code = None
    except SystemExit as e:
        ns = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = old
    print("argv", argv, "exit", code)
    if ns is not None:
        show(ns)
    if out.getvalue():
        print("--stdout--")
        print(out.getvalue(), end="")
    if err.getvalue():
        print("--stderr--")
        print(err.getvalue(), end="")


p = argparse.ArgumentParser(prog="tool", description="A test tool.", epilog="Bye.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination")
p.add_argument("-n", "--count", type=int, default=1, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-I", "--include", action="append", default=[])
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--items", nargs="*", type=int)
p.add_argument("--version", action="version", version="%(prog)s 1.0")

try_parse(p, ["a.txt"])
try_parse(p, ["a.txt", "b.txt", "-n", "5", "-vvv", "-q", "--no-color", "-Ix", "-I", "y"])
try_parse(p, ["--mode=slow", "--ratio", "2.5", "--pair", "1", "2", "--const", "f", "--items", "1", "2", "3"])
try_parse(p, ["--count", "abc", "f"])
try_parse(p, ["--mode", "medium", "f"])
try_parse(p, [])
try_parse(p, ["a", "b", "c"])
try_parse(p, ["--unknown", "a"])
try_parse(p, ["--pair", "1", "a"])
try_parse(p, ["--version"])
try_parse(p, ["-h"])
try_parse(p, ["--cou", "3", "x"])

ns, rest = p.parse_known_args(["a", "--zzz", "-n", "2", "q"])
show(ns)
print(rest)

# mutually exclusive group and required options
p2 = argparse.ArgumentParser(prog="mx")
g = p2.add_mutually_exclusive_group(required=True)
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_true")
p2.add_argument("--level", required=True, type=int, choices=range(1, 4))
try_parse(p2, ["--on", "--level", "2"])
try_parse(p2, ["--on", "--off", "--level", "2"])
try_parse(p2, ["--level", "2"])
try_parse(p2, ["--on"])
try_parse(p2, ["--on", "--level", "7"])
try_parse(p2, ["--help"])

# argument groups
p3 = argparse.ArgumentParser(prog="grp", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
grp = p3.add_argument_group("network", "Network options")
grp.add_argument("--host", default="localhost", help="host name")
grp.add_argument("--port", type=int, default=8080, help="port")
try_parse(p3, ["-h"])
try_parse(p3, ["--port", "99"])

# custom type and action
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


p4 = argparse.ArgumentParser(prog="cust")
p4.add_argument("--e", type=even)
p4.add_argument("--word", action=Upper)
p4.add_argument("--ext", action="extend", nargs="+")
try_parse(p4, ["--e", "4", "--word", "hi", "--ext", "a", "b", "--ext", "c"])
try_parse(p4, ["--e", "3"])

# errors from add_argument itself
for args, kw in [((), {"action": "bogus"}), (("--x",), {"nargs": 0}), (("-h",), {})]:
    try:
        argparse.ArgumentParser(prog="e").add_argument(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    p4.add_argument("--word")
except argparse.ArgumentError as e:
    print("ArgumentError", e)

# Namespace
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns)

# the program's own argv
main = argparse.ArgumentParser()
main.add_argument("--name")
main.add_argument("-v", action="count")
main.add_argument("rest", nargs="*")
show(main.parse_args())
print(main.prog == sys.argv[0].split("/")[-1])
