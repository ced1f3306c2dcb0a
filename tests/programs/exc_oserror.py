# OSError arguments, attributes, str and the errno -> subclass mapping.
cases = [(), ("msg",), (2, "No such file or directory"), (2, "No such file or directory", "f.txt"),
         (2, "No such", "a", None, "b"), (13, "Permission denied"), (17, "File exists", "x"),
         (21, "Is a directory"), (20, "Not a directory"), (11, "Resource temporarily unavailable"),
         (32, "Broken pipe"), (111, "Connection refused"), (104, "reset"), (103, "aborted"),
         (4, "Interrupted"), (3, "No such process"), (110, "timed out"), (10, "No child processes"),
         (1, "Operation not permitted"), (99, "unknown"), (1,), ("a", "b", "c", "d", "e", "f"), (2, 3, 4)]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, "|", str(e), "|", repr(e))

print(type(FileNotFoundError(13, "x")).__name__)
print(type(OSError(2, "x")) is FileNotFoundError, issubclass(FileNotFoundError, OSError))

class MyOSError(OSError):
    def __init__(self, path):
        super().__init__(2, "gone", path)
        self.path = path

e = MyOSError("p")
print(type(e).__name__, e.errno, e.filename, str(e), e.path, e.args)

class PlainSub(OSError):
    pass

e = PlainSub(2, "x", "y")
print(type(e).__name__, e.errno, e.filename, str(e))

try:
    OSError(2, "x", kw=1)
except TypeError as x:
    print(type(x).__name__, x)

e = OSError(2, "x")
e.errno = 5
e.strerror = "changed"
e.filename = "f"
print(str(e))
print(OSError(2, "x", "f").__reduce__())

try:
    open("/nonexistent_dir_xyz/file.txt")
except FileNotFoundError as x:
    print(type(x).__name__, x.errno, x.strerror, x.filename, str(x))
except OSError as x:
    print("other", x)

for exc in (ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
            ConnectionResetError, BlockingIOError, ChildProcessError, FileExistsError, InterruptedError,
            IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError):
    print(exc.__name__, exc.__bases__[0].__name__, issubclass(exc, OSError))
