# args: commit -m fixbug --amend extra
import argparse
import io
import sys


def run(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(argv)
        res = sorted((k, v if not callable(v) else v.__name__) for k, v in vars(ns).items())
    except SystemExit as e:
        res = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(argv, "->", res)
    for name, buf in (("out", out), ("err", err)):
        if buf.getvalue():
            for line in buf.getvalue().splitlines():
                print("  %s| %s" % (name, line))


def do_add(ns):
    return "add " + ",".join(ns.files)


def do_commit(ns):
    return "commit %r amend=%s" % (ns.message, ns.amend)


git = argparse.ArgumentParser(prog="git")
git.add_argument("--git-dir", default=".git")
sub = git.add_subparsers(dest="command", title="commands", help="sub-command help")
add = sub.add_parser("add", help="add files", aliases=["a"])
add.add_argument("files", nargs="+")
add.add_argument("-f", "--force", action="store_true")
add.set_defaults(func=do_add)
commit = sub.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
commit.add_argument("--amend", action="store_true")
commit.set_defaults(func=do_commit)

run(git, ["add", "x.py", "y.py"])
run(git, ["a", "-f", "z"])
run(git, ["--git-dir", "/r", "commit", "-m", "msg"])
run(git, ["commit"])
run(git, ["push"])
run(git, [])
run(git, ["-h"])
run(git, ["add", "-h"])
run(git, ["commit", "-m"])

ns = git.parse_args(["commit", "-m", "hello", "--amend"])
print(ns.func(ns))

# required subparsers
p = argparse.ArgumentParser(prog="req")
s = p.add_subparsers(dest="cmd", required=True, metavar="CMD")
s.add_parser("one")
s.add_parser("two")
run(p, [])
run(p, ["two"])

# parents and conflict handling
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--debug", action="store_true")
child = argparse.ArgumentParser(prog="child", parents=[parent], conflict_handler="resolve")
child.add_argument("--debug", action="store_false", help="overridden")
run(child, ["--debug"])
run(child, [])

# prefix chars, abbreviations off, fromfile
p = argparse.ArgumentParser(prog="pc", prefix_chars="+-", allow_abbrev=False)
p.add_argument("+x", action="store_true")
p.add_argument("--longname")
run(p, ["+x", "--longname", "v"])
run(p, ["--long", "v"])

# intermixed
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*")
print(sorted(vars(p.parse_intermixed_args(["a", "--foo", "x", "b", "c"])).items()))

# error() and exit() directly
p = argparse.ArgumentParser(prog="direct")
run_err = io.StringIO()
old = sys.stderr
sys.stderr = run_err
try:
    p.error("custom problem")
except SystemExit as e:
    print("code", e.code)
try:
    p.exit(3, "leaving\n")
except SystemExit as e:
    print("code", e.code)
sys.stderr = old
print(run_err.getvalue(), end="")

# finally the real command line; a usage error here ends the program with status 2
ns = git.parse_args()
print(ns.command, ns.message, ns.amend)
git.parse_args(sys.argv[1:] + ["--bogus"])
print("not reached")
