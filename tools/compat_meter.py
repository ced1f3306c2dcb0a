"""The compatibility meter: CPython's own regression tests, run through Grumpy.

For each module of the `test` package installed with the host CPython (used
in place, never copied), run it with unittest under CPython and under Grumpy
and report per module how many test cases pass under each, and the total.

Each module is one Grumpy build (`grumpy build -I test.MOD`, a Go build of a
big program: a minute or more cold) and one run of the binary. The runner
prints one line per finished test case, so a binary that crashes or hangs
half-way still counts the tests that passed before. Results are written to a
JSON file (--results) as each module finishes; a later invocation skips the
modules already there (unless --redo), so an interrupted run resumes and
`--report` prints the figure of whatever has been measured so far.

A module that does not build, or crashes before its first test, counts 0
passed under Grumpy.

usage: nice -n 15 python3 tools/compat_meter.py [--timeout S] [--build-timeout S] [--mem-limit MB]
           [--results FILE] [--redo] [--report] [--json] [--core] [--system] [--tools] [--batch] [MODULE ...]
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time

CORE = """test_grammar test_int test_long test_float test_bool test_list test_tuple test_dict test_set
test_string test_unicode test_bytes test_unicode_identifiers test_augassign test_scope test_class test_descr
test_exceptions test_generators test_contextlib test_with test_raise test_keywordonlyarg test_unpack
test_listcomps test_slice test_range test_enumerate test_math test_itertools test_functools
test_collections test_heapq test_bisect test_json test_re test_operator test_fstring test_patma
test_textwrap test_enum test_dataclasses test_threading""".split()

# Small core modules that build and run quickly: the default subset.
SMALL = """test_bool test_int test_list test_tuple test_dict test_set test_augassign test_unpack
test_slice test_range test_enumerate test_keywordonlyarg test_contextlib test_with test_raise
test_bisect test_heapq test_textwrap""".split()

# System, network and concurrency modules (issue 5), and test_asyncio
# submodules (a dotted name measures one module of a package test module).
SYSTEM = """test_errno test_stat test_marshal test_atexit test_urlparse test_threading_local test_thread
test_context test_csv test_fileio test_file test_epoll test_select test_selectors test_time test_gc
test_urllib2 test_urllib2_localnet test_httpservers test_signal test_socket test_subprocess
test_asyncio.test_queues test_asyncio.test_locks test_asyncio.test_pep492 test_asyncio.test_waitfor
test_asyncio.test_timeouts test_asyncio.test_taskgroups test_asyncio.test_runners test_asyncio.test_streams
test_asyncio.test_sock_lowlevel test_asyncio.test_events""".split()

# Text, data and developer-tool modules (issue 5); test_warnings and
# test_inspect are package test modules, test_unittest runs unittest.test.
TOOLS = """test_logging test_argparse test_inspect test_traceback test_warnings test_tokenize
test_pathlib test_uuid test_secrets test_doctest test_unittest test_gzip test_abstract_numbers
test_contextlib_async test_locale test_sys test_getopt test_configparser""".split()

# test.support calls sysconfig.get_config_var() at import time, which imports
# this module by a computed name (sysconfig._get_sysconfigdata_name()): the
# Grumpy driver cannot see that import, so the meter names it.
SYSCONFIGDATA = "_sysconfigdata_%s_%s_%s" % (getattr(sys, "abiflags", ""), sys.platform,
                                             getattr(sys.implementation, "_multiarch", ""))

# The program run under both interpreters. Stdout lines METER-START when a
# test case starts, then METER-OK / METER-FAIL / METER-SKIP (METER-SUBFAIL per
# failing subtest) when it ends, and a METER summary line at the end.
RUNNER = '''
import sys, unittest
{mod_line}
# doctest swaps sys.stdout while it runs (and, when it fails early, may
# never swap it back): report on the real one.
_stdout = sys.stdout

def _msg(err):
    try:
        t, v = err[0], err[1]
        # Unwrap E(E(msg), tb), what a generator.throw(type, value, tb) that
        # wraps value makes (a known Grumpy bug), to keep messages readable.
        while len(v.args) == 2 and isinstance(v.args[0], BaseException) and type(v.args[1]).__name__ in ("traceback", "NoneType"):
            v = v.args[0]
        s = str(v).strip().splitlines()
        return t.__name__ + (": " + s[0][:200] if s else "")
    except BaseException:
        return "?"

class R(unittest.TextTestResult):
    def _out(self, kind, test, msg=""):
        _stdout.write("METER-%s %s %s\\n" % (kind, test.id(), msg))
        _stdout.flush()
    def startTest(self, test):
        super().startTest(test)
        self._out("START", test)
    def addSuccess(self, test):
        super().addSuccess(test)
        self._out("OK", test)
    def addError(self, test, err):
        super().addError(test, err)
        self._out("FAIL", test, "error " + _msg(err))
    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._out("FAIL", test, "failure " + _msg(err))
    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._out("SKIP", test)
    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._out("SKIP", test, "xfail")
    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._out("FAIL", test, "unexpected success")
    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._out("SUBFAIL", test, _msg(err))

# Guarded: a process started with multiprocessing's spawn method (the only
# one a Grumpy binary has) re-runs this file as __mp_main__, which must
# not run the tests again.
if __name__ == "__main__":
    try:
    {import_line}
    except unittest.SkipTest as e:
        _stdout.write("METER-SKIPMOD %s\\n" % e)
        _stdout.flush()
        sys.exit(0)
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(m)
    r = unittest.TextTestRunner(verbosity=0, stream=sys.stderr, resultclass=R).run(suite)
    _stdout.write("METER %d %d %d %d %d %d\\n" % (r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
                                                len(r.expectedFailures), len(r.unexpectedSuccesses)))
    _stdout.flush()
'''

# How the runner names its module: one module per program, or (--batch) the
# module named by $METER_MODULE, so that one binary runs several.
SINGLE = dict(mod_line='import importlib\nsys.argv = ["{mod}"]', import_line='    m = importlib.import_module("test.{mod}")')
BATCH = dict(mod_line='import os, importlib\n_mod = os.environ["METER_MODULE"]\nsys.argv = [_mod]',
             import_line='    m = importlib.import_module("test." + _mod)')


def runner(mod=None):
    """The runner program for test.MOD, or (mod None) the batch runner."""
    if mod is None:
        return RUNNER.format(**BATCH)
    return RUNNER.format(mod_line=SINGLE["mod_line"].format(mod=mod),
                         import_line=SINGLE["import_line"].format(mod=mod))


LINE = re.compile(r"^METER-(START|OK|FAIL|SKIP|SUBFAIL) (\S+) ?(.*)$")


def parse(out):
    """Per-test outcomes from the runner's stdout: {passed: [ids], failed: {id: msg}, ...}."""
    passed, failed, skipped = [], {}, []
    last = None
    for line in out.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        kind, tid, msg = m.groups()
        if kind == "START":
            last = tid
        elif kind == "OK":
            # A test with failing subtests still reports success afterwards.
            if tid not in failed:
                passed.append(tid)
        elif kind in ("FAIL", "SUBFAIL"):
            if tid in passed:
                passed.remove(tid)
            failed.setdefault(tid, msg)
        else:
            skipped.append(tid)
    done = re.search(r"^METER \d+", out, re.M) is not None or "METER-SKIPMOD" in out
    return {"passed": passed, "failed": failed, "skipped": len(skipped), "finished": done, "last_started": last,
            "module_skipped": "METER-SKIPMOD" in out}


def run(cmd, timeout, cwd=None, mem_mb=None, env=None):
    """(stdout, stderr, returncode or 'timeout', seconds)."""
    t0 = time.time()

    def limit():
        if mem_mb:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (mem_mb << 20, mem_mb << 20))
    # Its own process group, so that a timeout also ends the processes it
    # started (a test's subprocesses), not only the test program.
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                         cwd=cwd, preexec_fn=limit if mem_mb else None, env=env, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, 9)
        except OSError:
            pass
        out, err = p.communicate()
        rc = "timeout"
    return out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), rc, round(time.time() - t0, 1)


def last_line(text):
    lines = [l for l in text.strip().splitlines() if l.strip() and not l.startswith("METER")]
    # A Go runtime crash ends with goroutine dumps: its first line says what happened.
    for l in lines:
        if l.startswith(("panic: ", "fatal error: ")):
            return l.strip()[:200]
    return lines[-1].strip()[:200] if lines else ""


def test_source(mod):
    """(path of test.MOD's source, is a package) or (None, False) when there is no such module."""
    import test
    # A submodule of a package test module (test_asyncio.test_queues) by its dotted name.
    base = os.path.join(os.path.dirname(test.__file__), *mod.split("."))
    if os.path.isfile(os.path.join(base, "__init__.py")):
        return os.path.join(base, "__init__.py"), True
    if os.path.isfile(base + ".py"):
        return base + ".py", False
    return None, False


# `-m NAME` targets never built in (not the stdlib's, or excluded by the driver).
RUN_M_SKIP = {"test", "pip", "venv", "ensurepip", "idlelib", "tkinter", "turtledemo", "lib2to3", "distutils"}


def runnable_module(name):
    """NAME names a module of the host's standard library."""
    import importlib.util
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return False
    return spec is not None and spec.origin not in (None, "built-in", "frozen")


# grumpy/driver/modules.py's ON_REQUEST: overlay modules built only when named.
ON_REQUEST_ACCELERATORS = ("_datetime", "_pickle", "_statistics")


def includes(mod):
    """The -I options for building test.MOD: the module itself (a package's test
    modules are found by discovery, which the driver cannot see), the
    sysconfig data module, and doctest where the module makes doctest suites
    (usually imported inside load_tests, where the driver does not follow)."""
    path, pkg = test_source(mod)
    opts = ["-I", "test." + mod, "-I", SYSCONFIGDATA]
    if pkg:
        # Each module of the package by name: the driver's 'pkg.*' does not
        # expand under the excluded `test` package.
        for fn in sorted(os.listdir(os.path.dirname(path))):
            if fn.endswith(".py") and fn not in ("__init__.py", "__main__.py"):
                opts += ["-I", "test.%s.%s" % (mod, fn[:-3])]
    src = ""
    if path:
        with open(path, encoding="utf-8", errors="replace") as f:
            src = f.read()
    # Modules the tests run as `sys.executable -m NAME` (test_json's
    # `-m json.tool`): the binary runs them only if they are built in. All
    # the files of a package test module are searched.
    msrc = src
    if pkg:
        for fn in sorted(os.listdir(os.path.dirname(path))):
            if fn.endswith(".py") and fn != os.path.basename(path):
                with open(os.path.join(os.path.dirname(path), fn), encoding="utf-8", errors="replace") as f:
                    msrc += f.read()
    for name in sorted(set(re.findall(r"['\"]-m['\"],\s*['\"]([\w.]+)['\"]", msrc))):
        if name.split(".")[0] not in RUN_M_SKIP and runnable_module(name):
            opts += ["-I", name]
    if "doctest" in src:
        opts += ["-I", "doctest"]
    # Helper modules of the test package that tests import inside functions
    # (e.g. test_re's `from test.re_tests import ...`).
    helpers = set(re.findall(r"^\s*from test\.(\w+) import", src, re.M))
    helpers |= set(re.findall(r"^\s*import test\.(\w+)", src, re.M))
    # ... or by name, for import_fresh_module (test_datetime's 'test.datetimetester').
    helpers |= set(re.findall(r"['\"]test\.(\w+)['\"]", src))
    # Modules import_fresh_module(..., fresh=[...]) imports by name.
    fresh = set()
    for lst in re.findall(r"fresh=\[([^\]]*)\]", src):
        fresh |= set(re.findall(r"['\"]([\w.]+)['\"]", lst))
    # ... and the module import_fresh_module imports itself (test_queue's
    # `import_fresh_module('queue', blocked=['_queue'])`).
    fresh |= set(re.findall(r"import_fresh_module\(\s*['\"]([\w.]+)['\"]", src))
    # import_helper.import_module("asyncio") (test_asyncgen): a plain
    # import the driver cannot see.
    fresh |= set(re.findall(r"[^_]import_module\(\s*['\"]([\w.]+)['\"]", src))
    # ... and the stand-ins for C accelerators (grumpy/lib, built only on
    # request) that the test imports by name (test_pickle's `import _pickle`).
    fresh |= set(re.findall(r"^\s*(?:import|from) (%s)\b" % "|".join(ON_REQUEST_ACCELERATORS), src, re.M))
    for name in sorted(fresh):
        opts += ["-I", name]
    for h in sorted(helpers):
        if h != "support" and h != mod and test_source(h)[0] and not test_source(h)[1]:
            opts += ["-I", "test." + h]
    return opts


def measure_cpython(mod, timeout, d):
    prog = os.path.join(d, "meter_%s.py" % mod)
    with open(prog, "w") as f:
        f.write(runner(mod))
    out, err, rc, secs = run([sys.executable, prog], timeout, cwd=d)
    c = parse(out)
    c.update(rc=rc, seconds=secs)
    return c, prog


def build_grumpy(prog, opts, binary, build_timeout, d):
    bout, berr, brc, bsecs = run([sys.executable, "-m", "grumpy", "build"] + opts +
                                 [prog, "-o", binary], build_timeout, cwd=d)
    return {"ok": brc == 0 and os.path.exists(binary), "rc": brc, "seconds": bsecs,
            "error": "" if brc == 0 else (last_line(berr + bout) or "build timed out")}


def measure(mod, timeout, build_timeout, log=None, mem_mb=None):
    res = {"module": mod, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    with tempfile.TemporaryDirectory(prefix="compat_") as d:
        c, prog = measure_cpython(mod, timeout, d)
        res["cpython"] = c
        binary = os.path.join(d, "meter_bin")
        res["build"] = build_grumpy(prog, includes(mod), binary, build_timeout, d)
        if log:
            log("  %s: cpython %d passed in %ss; grumpy build %s in %ss" % (
                mod, len(c["passed"]), c["seconds"], "ok" if res["build"]["ok"] else "FAILED",
                res["build"]["seconds"]))
        if not res["build"]["ok"]:
            res["grumpy"] = None
            res["note"] = "build: " + res["build"]["error"]
            return res
        return run_grumpy(res, binary, timeout, d, mem_mb)


def measure_batch(mods, timeout, build_timeout, log=None, mem_mb=None):
    """measure() for several modules with one Grumpy build (--batch): the
    batch runner picks its module from $METER_MODULE. Yields each result."""
    with tempfile.TemporaryDirectory(prefix="compat_") as d:
        results = {}
        for mod in mods:
            res = {"module": mod, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
            res["cpython"], _ = measure_cpython(mod, timeout, d)
            results[mod] = res
            if log:
                log("  %s: cpython %d passed in %ss" % (mod, len(res["cpython"]["passed"]), res["cpython"]["seconds"]))
        prog = os.path.join(d, "meter_batch.py")
        with open(prog, "w") as f:
            f.write(runner())
        opts = []
        for mod in mods:
            for i in range(0, len(includes(mod)), 2):
                pair = includes(mod)[i:i + 2]
                if pair[1] not in opts[1::2]:
                    opts += pair
        binary = os.path.join(d, "meter_bin")
        build = build_grumpy(prog, opts, binary, build_timeout, d)
        if log:
            log("  batch of %d: grumpy build %s in %ss" % (len(mods), "ok" if build["ok"] else "FAILED",
                                                         build["seconds"]))
        for mod in mods:
            res = results[mod]
            res["build"] = dict(build, batch=True)
            if not build["ok"]:
                res["grumpy"] = None
                res["note"] = "build: " + build["error"]
            else:
                if log:
                    log("%s %s (batch binary) ..." % (time.strftime("%H:%M:%S"), mod))
                res = run_grumpy(res, binary, timeout, d, mem_mb, {"METER_MODULE": mod})
            yield mod, res


def run_grumpy(res, binary, timeout, d, mem_mb, env=None):
    """Runs the Grumpy binary and records its outcome in res."""
    e = None
    if env:
        e = dict(os.environ)
        e.update(env)
    out, err, rc, secs = run([binary], timeout, cwd=d, mem_mb=mem_mb, env=e)
    g = parse(out)
    lines = err.strip().splitlines()
    at = next((i for i, l in enumerate(lines) if l.startswith(("panic: ", "fatal error: "))), None)
    g.update(rc=rc, seconds=secs, stderr_tail="\n".join(lines[at:at + 25] if at is not None else lines[-25:]))
    res["grumpy"] = g
    if rc == "timeout":
        note = "timeout after %ds" % timeout
    elif not g["finished"]:
        note = "crashed (rc %s): %s" % (rc, last_line(err))
        if g["last_started"]:
            note += " [in %s]" % g["last_started"].split(".", 2)[-1]
    else:
        note = ""
    res["note"] = note
    return res


def load(path):
    if path and os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    return {"modules": {}}


def save(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
    os.replace(tmp, path)


def summary(data, mods=None):
    rows = []
    for name in (mods or sorted(data["modules"])):
        r = data["modules"].get(name)
        if r is None:
            continue
        c = set(r["cpython"]["passed"]) if r.get("cpython") else set()
        g = set(r["grumpy"]["passed"]) if r.get("grumpy") else set()
        gf = set(r["grumpy"]["failed"]) if r.get("grumpy") else set()
        # CPython passes, Grumpy skips (mostly @cpython_only, or a missing _testcapi).
        gskip = len(c - g - gf) if r.get("grumpy") and r["grumpy"]["finished"] else 0
        rows.append({"module": name, "built": r["build"]["ok"], "cpython": len(c), "grumpy": len(g),
                     "both": len(c & g), "grumpy_failed": len(gf), "grumpy_skipped": gskip,
                     "note": r.get("note", "")})
    return rows


def report(data, mods=None, out=sys.stdout):
    rows = summary(data, mods)
    w = out.write
    w("%-24s %5s %7s %7s %6s %6s  %s\n" % ("module", "built", "cpython", "grumpy", "g-fail", "g-skip", "note"))
    for r in rows:
        w("%-24s %5s %7d %7d %6d %6d  %s\n" % (r["module"], "yes" if r["built"] else "NO", r["cpython"],
                                               r["grumpy"], r["grumpy_failed"], r["grumpy_skipped"], r["note"][:90]))
    tc = sum(r["cpython"] for r in rows)
    tg = sum(r["grumpy"] for r in rows)
    tb = sum(r["both"] for r in rows)
    built = sum(1 for r in rows if r["built"])
    full = sum(1 for r in rows if r["built"] and r["cpython"] and r["both"] == r["cpython"])
    w("\nmodules attempted: %d, built under Grumpy: %d, all CPython-passing tests also pass: %d\n"
      % (len(rows), built, full))
    pct = 100.0 * tb / tc if tc else 0.0
    w("test cases passed: CPython %d, Grumpy %d; passed under both: %d = %.1f%% of CPython's\n"
      % (tc, tg, tb, pct))
    w("(g-fail: failed or errored under Grumpy; g-skip: passed under CPython, skipped under Grumpy)\n")
    # The most common failure messages under Grumpy, to see what to fix first.
    msgs = collections.Counter()
    for name in (mods or data["modules"]):
        r = data["modules"].get(name)
        if r and r.get("grumpy"):
            for m in r["grumpy"]["failed"].values():
                m = re.sub(r"(, )?<traceback object at 0x[0-9a-f]+>", "", m)
                msgs[re.sub(r"0x[0-9a-f]+|\d+", "N", m)[:120]] += 1
    if msgs:
        w("\nmost common Grumpy failure messages (tests):\n")
        for m, n in msgs.most_common(25):
            w("%5d  %s\n" % (n, m))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--core", action="store_true", help="all of CORE (default: the SMALL subset)")
    ap.add_argument("--system", action="store_true", help="all of SYSTEM (system/network/concurrency modules)")
    ap.add_argument("--tools", action="store_true", help="all of TOOLS (text/data/developer-tool modules)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per test run (each interpreter)")
    ap.add_argument("--build-timeout", type=int, default=1200, help="seconds per Grumpy build")
    ap.add_argument("--mem-limit", type=int, default=6144, help="address-space limit (MiB) of a Grumpy test run; 0: none")
    ap.add_argument("--results", default="compat_results.json", help="JSON results file (resumable)")
    ap.add_argument("--redo", action="store_true", help="measure modules already in the results file again")
    ap.add_argument("--report", action="store_true", help="only print the report of the results file")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--batch", action="store_true",
                    help="one Grumpy build for all the modules measured (the runner picks its module from "
                         "$METER_MODULE): one Go build instead of one per module")
    args = ap.parse_args()
    mods = args.modules or (CORE if args.core else SYSTEM if args.system else TOOLS if args.tools else SMALL)
    data = load(args.results)
    if not args.report:
        def log(msg):
            sys.stderr.write(msg + "\n")
            sys.stderr.flush()
        todo = []
        for mod in mods:
            if mod in data["modules"] and not args.redo:
                continue
            if test_source(mod)[0] is None:
                log("%s: no such module in the test package of %s, skipped" % (mod, sys.executable))
                continue
            todo.append(mod)
        if args.batch and todo:
            log("%s batch: %s ..." % (time.strftime("%H:%M:%S"), " ".join(todo)))
            done = measure_batch(todo, args.timeout, args.build_timeout, log, args.mem_limit)
        else:
            def one_by_one():
                for mod in todo:
                    log("%s %s ..." % (time.strftime("%H:%M:%S"), mod))
                    yield mod, measure(mod, args.timeout, args.build_timeout, log, args.mem_limit)
            done = one_by_one()
        for mod, res in done:
            data["modules"][mod] = res
            save(args.results, data)
            r = summary(data, [mod])[0]
            log("  %s: cpython %d, grumpy %d %s" % (mod, r["cpython"], r["grumpy"], r["note"][:100]))
    sel = mods if (args.modules or args.core or args.system or args.tools) else None
    if args.json:
        print(json.dumps(summary(data, sel), indent=1))
    else:
        report(data, sel)


if __name__ == "__main__":
    main()
