#!/usr/bin/env python3
"""Time the benchmark programs under CPython and as Grumpy binaries.

Each bm_*.py is first built with `python3 -m grumpy build` (compile time is
not measured), then CPython and the binary are run alternately --runs times.
The report gives the median wall time of each, their ratio grumpy/cpython
(below 1: Grumpy is faster) and the geometric mean of the ratios. Both must
print the same stdout (lines starting with '#' are informational and not
compared: timings, thread throughput).

    python3 benchmarks/run.py                 # all benchmarks, 5 runs each
    python3 benchmarks/run.py --runs 3 fib    # benchmarks whose name contains 'fib'
    python3 benchmarks/run.py --json          # machine-readable output
    python3 benchmarks/run.py --build-only DIR    # build binaries (to time elsewhere)
    python3 benchmarks/run.py --prebuilt DIR      # time binaries built earlier
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def find_benchmarks(filters):
    names = sorted(f for f in os.listdir(HERE) if f.startswith("bm_") and f.endswith(".py"))
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def build(prog, out, python):
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    r = subprocess.run([python, "-m", "grumpy", "build", prog, "-o", out], cwd=HERE, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        raise RuntimeError("build of %s failed:\n%s" % (prog, r.stdout.decode("utf-8", "replace")))


def timed(cmd, timeout):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    start = time.perf_counter()
    r = subprocess.run(cmd, cwd=HERE, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    elapsed = time.perf_counter() - start
    return elapsed, r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def split_output(out):
    """(compared text, informational '#' lines)."""
    kept, info = [], []
    for line in out.splitlines():
        (info if line.startswith("#") else kept).append(line)
    return "\n".join(kept), info


def run_benchmark(name, runs, python, workdir, timeout, prebuilt=None):
    prog = os.path.join(HERE, name)
    if prebuilt:
        binary = os.path.join(os.path.abspath(prebuilt), name[:-3])
        if not os.path.isfile(binary):
            raise RuntimeError("no prebuilt binary %s" % binary)
    else:
        binary = os.path.join(workdir, name[:-3])
        build(prog, binary, python)
    cp_times, gr_times = [], []
    result = {"name": name[:-3], "ok": True, "error": None}
    cp_info = gr_info = []
    for _ in range(runs):
        t, rc, out, err = timed([python, prog], timeout)
        if rc != 0:
            raise RuntimeError("%s failed under CPython:\n%s" % (name, err))
        cp_times.append(t)
        cp_out, cp_info = split_output(out)
        t, rc, out, err = timed([binary], timeout)
        gr_out, gr_info = split_output(out)
        if rc != 0:
            result["ok"] = False
            last = err.strip().splitlines()
            result["error"] = "exit status %d: %s" % (rc, last[-1] if last else "")
        elif gr_out != cp_out:
            result["ok"] = False
            result["error"] = "stdout differs from CPython's"
        gr_times.append(t)
    cp_med, gr_med = statistics.median(cp_times), statistics.median(gr_times)
    result.update({
        "runs": runs,
        "cpython_s": cp_med,
        "grumpy_s": gr_med,
        "ratio": gr_med / cp_med if cp_med > 0 else float("nan"),
        "cpython_all_s": cp_times,
        "grumpy_all_s": gr_times,
        "cpython_info": cp_info,
        "grumpy_info": gr_info,
    })
    return result


def geomean(xs):
    xs = [x for x in xs if x > 0 and not math.isnan(x)]
    if not xs:
        return float("nan")
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def print_table(results, runs):
    print("median of %d runs (wall time, seconds); ratio = grumpy / cpython (< 1: Grumpy faster)" % runs)
    print()
    head = "%-18s %10s %10s %8s  %s" % ("benchmark", "cpython", "grumpy", "ratio", "output")
    print(head)
    print("-" * len(head))
    for r in results:
        print("%-18s %10.3f %10.3f %8.2f  %s" % (r["name"], r["cpython_s"], r["grumpy_s"], r["ratio"],
                                                 "same" if r["ok"] else "DIFFERS (%s)" % r["error"]))
    print("-" * len(head))
    print("%-18s %10s %10s %8.2f" % ("geometric mean", "", "", geomean([r["ratio"] for r in results])))
    notes = [(r["name"], "cpython", l) for r in results for l in r["cpython_info"]] + \
            [(r["name"], "grumpy", l) for r in results for l in r["grumpy_info"]]
    if notes:
        print()
        for name, who, line in sorted(notes):
            print("%s (%s): %s" % (name, who, line.lstrip("# ")))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("filters", nargs="*", help="only benchmarks whose file name contains one of these")
    ap.add_argument("--runs", type=int, default=5, help="runs of each implementation (default 5)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--python", default=sys.executable, help="the CPython to compare with (default: this one)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed for one run")
    ap.add_argument("--build-only", metavar="DIR", help="only build the binaries into DIR (bm_x.py -> DIR/bm_x)")
    ap.add_argument("--prebuilt", metavar="DIR", help="time the binaries in DIR instead of building them")
    args = ap.parse_args(argv)
    names = find_benchmarks(args.filters)
    if not names:
        ap.error("no benchmark matches")
    if args.build_only:
        os.makedirs(args.build_only, exist_ok=True)
        for name in names:
            build(os.path.join(HERE, name), os.path.join(os.path.abspath(args.build_only), name[:-3]), args.python)
        return 0
    workdir = tempfile.mkdtemp(prefix="grumpy-bench-")
    results = []
    failed = False
    try:
        for name in names:
            if not args.json:
                print("running %s ..." % name, file=sys.stderr, flush=True)
            try:
                results.append(run_benchmark(name, args.runs, args.python, workdir, args.timeout, args.prebuilt))
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                failed = True
                print("%s: %s" % (name, e), file=sys.stderr)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        json.dump({"runs": args.runs, "python": args.python, "benchmarks": results,
                   "geomean_ratio": geomean([r["ratio"] for r in results])}, sys.stdout, indent=2)
        print()
    else:
        print_table(results, args.runs)
    if failed or not all(r["ok"] for r in results):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
