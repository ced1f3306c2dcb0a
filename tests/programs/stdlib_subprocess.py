# subprocess.run details not in subprocess_run.py: check=True, CalledProcessError fields, text input,
# stdout/stderr merging, timeouts, os.popen (which imports subprocess lazily).
import os
import subprocess

r = subprocess.run(["sh", "-c", "read x; echo got:$x; echo warn >&2"], input="line one\n", capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args[0])
try:
    subprocess.run(["sh", "-c", "echo partial; exit 4"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(e)
r = subprocess.run("echo out; echo err 1>&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(["true"], stdout=subprocess.DEVNULL)
print(r.returncode, r.stdout, repr(r))
print(subprocess.check_output(["echo", "-n", "ünï"], text=True, encoding="utf-8"))
print(subprocess.check_output("printf 'a\\nb\\n'", shell=True, universal_newlines=True).splitlines())
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.2)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("via popen\n")
print(repr(out), err, p.returncode)
with os.popen("echo popen works") as f:
    print(f.read().strip())
print(os.popen("exit 3").close())
