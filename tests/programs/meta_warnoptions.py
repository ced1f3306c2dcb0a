# PYTHONWARNINGS and -W fill sys.warnoptions (environment first), in a
# child interpreter started as sys.executable; -E/-I ignore the variable.
import os
import subprocess
import sys

CODE = "import sys, warnings; print(sys.warnoptions); warnings.warn('w', DeprecationWarning); print('after')"


def run(args, env_value):
    env = dict(os.environ)
    env.pop("PYTHONWARNINGS", None)
    if env_value is not None:
        env["PYTHONWARNINGS"] = env_value
    p = subprocess.run([sys.executable] + args + ["-c", CODE], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = p.stderr.decode().strip().splitlines()
    print(p.returncode, p.stdout.decode().strip().splitlines(), err[-1:] if err else [])


run([], None)
run([], "ignore::DeprecationWarning")
run([], "ignore::DeprecationWarning,,ignore::UnicodeWarning")
run(["-Wignore::UnicodeWarning"], "ignore::DeprecationWarning")
run(["-Werror::DeprecationWarning"], "default::DeprecationWarning")
run(["-W", "error"], None)
run(["-E"], "error::DeprecationWarning")
run(["-I"], "error::DeprecationWarning")
run(["-E", "-Walways"], "error")
run([], "ignore:DeprecationWarning\u00e6")
print(type(sys.warnoptions).__name__)
