"""Differential tests: every program in tests/programs, CPython vs Grumpy."""
import concurrent.futures
import os

import pytest

import differential as d

PROGS = d.programs()


def selected(session):
    """The programs of the tests this run will execute (after -k and the
    like), so that a run selecting a few builds and runs only those."""
    progs = [item.callspec.params["prog"] for item in session.items
             if getattr(item, "function", None) is test_program]
    return progs or PROGS


@pytest.fixture(scope="session")
def results(request):
    progs = selected(request.session)
    binary = d.build_all(progs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=(os.cpu_count() or 2)) as ex:
        cp = dict(zip(progs, ex.map(d.run_cpython, progs)))
        gr = dict(zip(progs, ex.map(lambda p: d.run_grumpy(binary, p), progs)))
    return cp, gr


@pytest.mark.parametrize("prog", PROGS)
def test_program(prog, results):
    cp, gr = results
    crc, cout, cerr = cp[prog]
    grc, gout, gerr = gr[prog]
    assert gout.decode("utf-8", "replace") == cout.decode("utf-8", "replace"), "stdout differs; grumpy stderr:\n" + gerr.decode("utf-8", "replace")[-3000:]
    assert grc == crc, "exit status differs; grumpy stderr:\n" + gerr.decode("utf-8", "replace")[-3000:]
    assert d.last_line(gerr) == d.last_line(cerr)
