"""Differential tests: every program in tests/programs, CPython vs Grumpy."""
import concurrent.futures
import os

import pytest

import differential as d

PROGS = d.programs()


@pytest.fixture(scope="session")
def results():
    binary = d.build_all(PROGS)
    with concurrent.futures.ThreadPoolExecutor(max_workers=(os.cpu_count() or 2)) as ex:
        cp = dict(zip(PROGS, ex.map(d.run_cpython, PROGS)))
        gr = dict(zip(PROGS, ex.map(lambda p: d.run_grumpy(binary, p), PROGS)))
    return cp, gr


@pytest.mark.parametrize("prog", PROGS)
def test_program(prog, results):
    cp, gr = results
    crc, cout, cerr = cp[prog]
    grc, gout, gerr = gr[prog]
    assert gout.decode("utf-8", "replace") == cout.decode("utf-8", "replace"), "stdout differs; grumpy stderr:\n" + gerr.decode("utf-8", "replace")[-3000:]
    assert grc == crc, "exit status differs; grumpy stderr:\n" + gerr.decode("utf-8", "replace")[-3000:]
    assert d.last_line(gerr) == d.last_line(cerr)
