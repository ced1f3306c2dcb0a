"""The compatibility meter: CPython's own regression tests, run through Grumpy.

For each module of the `test` package installed with the host CPython (used
in place, never copied), run it under CPython and under Grumpy with
unittest, and report per module how many test cases pass under each, and the
total. A module that does not build or crashes under Grumpy counts 0 passed.

usage: python3 tools/compat_meter.py [--timeout S] [--json] [MODULE ...]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

CORE = """test_grammar test_int test_long test_float test_bool test_list test_tuple test_dict test_set
test_string test_str test_bytes test_unicode_identifiers test_augassign test_scope test_class test_descr
test_exceptions test_generators test_contextlib test_with test_raise test_keywordonlyarg test_unpack
test_listcomps test_slice test_range test_enumerate test_math test_itertools test_functools
test_collections test_heapq test_bisect test_json test_re test_operator test_fstring test_patma
test_textwrap test_enum test_dataclasses test_threading""".split()

RUNNER = '''
import sys, unittest
sys.argv = ["{mod}"]
from test import {mod} as m
loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(m)
if hasattr(m, "load_tests") and suite.countTestCases() == 0:
    suite = m.load_tests(loader, unittest.TestSuite(), None)
r = unittest.TextTestRunner(verbosity=0, stream=sys.stderr).run(suite)
print("METER", r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses))
'''


def parse(out):
    m = re.search(r"^METER (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)$", out, re.M)
    if not m:
        return None
    run, fail, err, skip, xfail, xpass = map(int, m.groups())
    return {"run": run, "passed": run - fail - err - skip - xfail - xpass, "failed": fail + err + xpass, "skipped": skip}


def run(cmd, timeout, env=None):
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=env)
        return r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "", "timeout"


def measure(mod, timeout):
    src = RUNNER.format(mod=mod)
    with tempfile.TemporaryDirectory() as d:
        prog = os.path.join(d, "meter_%s.py" % mod)
        with open(prog, "w") as f:
            f.write(src)
        cout, _ = run([sys.executable, prog], timeout)
        gout, gerr = run([sys.executable, "-m", "grumpy", "run", "-I", "test." + mod, prog], timeout)
    c, g = parse(cout), parse(gout)
    note = ""
    if g is None:
        lines = [l for l in gerr.strip().splitlines() if l.strip()]
        note = lines[-1][:160] if lines else "no result"
        g = {"run": 0, "passed": 0, "failed": 0, "skipped": 0}
    return {"module": mod, "cpython": c, "grumpy": g, "note": note}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*", default=CORE)
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = []
    tc = tg = 0
    if not args.json:
        print("%-28s %8s %8s  %s" % ("module", "cpython", "grumpy", "note"))
    for mod in args.modules:
        r = measure(mod, args.timeout)
        results.append(r)
        cp = r["cpython"]["passed"] if r["cpython"] else 0
        gp = r["grumpy"]["passed"]
        tc += cp
        tg += gp
        if not args.json:
            print("%-28s %8d %8d  %s" % (mod, cp, gp, r["note"]), flush=True)
    if args.json:
        print(json.dumps({"modules": results, "cpython_passed": tc, "grumpy_passed": tg}, indent=1))
    else:
        pct = 100.0 * tg / tc if tc else 0.0
        print("%-28s %8d %8d  (%.1f%% of CPython's passing tests)" % ("TOTAL", tc, tg, pct))


if __name__ == "__main__":
    main()
