# sys.executable run through a shell or a script runs as the interpreter
# (the -c code), not as this program again.
import os
import shutil
import subprocess
import sys
import tempfile

if os.environ.get("METB_SHELL_CHILD"):
    # Reached only if the child ran this program instead of its -c code.
    print("ran as the program")
    sys.exit(3)

env = dict(os.environ, METB_SHELL_CHILD="1")
exe = sys.executable

r = subprocess.run('"%s" -c "print(6 * 7)"' % exe, shell=True, env=env, capture_output=True, text=True)
print("shell=True:", r.returncode, r.stdout.strip())

r = subprocess.run('"%s" -c "import sys; sys.exit(47)"; echo after' % exe, shell=True, env=env,
                   capture_output=True, text=True)
print("shell, not exec'd:", r.returncode, r.stdout.strip())

d = tempfile.mkdtemp()
try:
    script = os.path.join(d, "run.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\nexec '%s' -c 'import sys; print(sys.argv); sys.exit(47)' a b\n" % exe)
    os.chmod(script, 0o700)
    r = subprocess.run([script], env=env, capture_output=True, text=True)
    print("script:", r.returncode, r.stdout.strip())
    print(subprocess.call(script, env=env, stdout=subprocess.DEVNULL))
finally:
    shutil.rmtree(d)

r = subprocess.run([exe, "-c", "import os; print(os.environ.get('METB_SHELL_CHILD'))"], env=env,
                   capture_output=True, text=True)
print("direct:", r.returncode, r.stdout.strip())
