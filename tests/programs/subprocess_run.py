# subprocess: run/check_output/Popen with pipes, input, env, cwd, errors (children: echo, sh, cat, python3).
import subprocess, sys
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["python3", "-c", "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["sh", "-c", "echo $((6*7))"]))
r = subprocess.run(["cat"], input=b"piped input\n", stdout=subprocess.PIPE)
print(r.stdout)
try:
    subprocess.run(["/nonexistent/cmd"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(["sh", "-c", "echo from popen; exit 5"], stdout=subprocess.PIPE)
out, _ = p.communicate()
print(out, p.returncode, p.wait())
print(subprocess.getoutput("echo hi"), subprocess.getstatusoutput("exit 2"))
r = subprocess.run("echo $FOO", shell=True, capture_output=True, env={"FOO": "bar", "PATH": "/usr/bin:/bin"})
print(r.stdout)
r = subprocess.run(["pwd"], capture_output=True, cwd="/tmp")
print(r.stdout)
