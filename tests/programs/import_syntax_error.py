# An imported module that does not parse raises SyntaxError when the import
# runs (the program can catch it), not before the program starts.
import os

print("program starts")
try:
    import imp_sys_demo.broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, os.path.basename(e.filename), repr(e.text))
try:
    from imp_sys_demo import broken_syntax
except SyntaxError as e:
    print("again", type(e).__name__, e.msg)
