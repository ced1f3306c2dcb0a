# The generator/coroutine attributes of lang_generator_attrs.py in code run by
# exec (package interp): that program's own source, read beside this file and
# run through compile()+exec, so both paths check the same things.
import inspect  # imported here so the exec'd imports find them built in
import os
import re
import types

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lang_generator_attrs.py"), encoding="utf-8") as f:
    SRC = f.read()

exec(compile(SRC, 'genattrs.py', 'exec'), {'__name__': '__main__'})
