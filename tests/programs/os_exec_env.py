import os

for env in [{"A\0B": "x"}, {"A": "x\0y"}, {"A=B": "x"}, {"": "x"}, {b"K=": b"v"}, {"=A": "x"}, {"A": 1}, 5]:
    try:
        os.execve("/nonexistent/prog", ["prog"], env)
    except Exception as e:
        print(type(e).__name__, e)
for argv in [[], [""], "ab", ("",)]:
    try:
        os.execve("/nonexistent/prog", argv, {})
    except Exception as e:
        print(type(e).__name__, e)
    try:
        os.execv("/nonexistent/prog", argv)
    except Exception as e:
        print(type(e).__name__, e)
