"""The runtime's Go unit tests (go test), including the -race stress tests."""
import os
import subprocess

import pytest

from grumpy.driver import toolchain

GO_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "grumpy", "go")


def go_test(*args):
    go, env_extra = toolchain.find_go()
    env = dict(os.environ, GOFLAGS="-mod=mod", GOPROXY="off", GOTOOLCHAIN="local", **env_extra)
    r = subprocess.run([go, "test", *args, "./..."], cwd=GO_DIR, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=1800)
    return r.returncode, r.stdout.decode("utf-8", "replace")


def test_go_unit():
    rc, out = go_test("-count=1")
    assert rc == 0, out[-5000:]


def test_go_vet():
    go, env_extra = toolchain.find_go()
    env = dict(os.environ, GOFLAGS="-mod=mod", GOPROXY="off", GOTOOLCHAIN="local", **env_extra)
    r = subprocess.run([go, "vet", "./..."], cwd=GO_DIR, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=900)
    assert r.returncode == 0, r.stdout.decode()[-5000:]


def test_go_race():
    rc, out = go_test("-race", "-count=1", "-run", "Race")
    assert rc == 0, out[-5000:]
