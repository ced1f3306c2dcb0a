"""Grumpy: a Python 3 runtime for Go.

Python programs are translated to Go (grumpy.compiler), linked with a runtime
written in Go (grumpy/go/runtime) and run as native binaries
(grumpy.driver). The `grumpy` command is grumpy.cli.
"""
__version__ = "0.1.0"
