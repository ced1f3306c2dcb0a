# This module is deliberately not valid Python: importing it raises
# SyntaxError at run time (import_syntax_error.py catches it).
def f(:
    pass
