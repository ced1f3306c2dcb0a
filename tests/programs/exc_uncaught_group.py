# An uncaught exception group: the traceback is printed as a tree.
def boom():
    raise ExceptionGroup("several", [ValueError("first"), ExceptionGroup("nested", [KeyError("k")]), TypeError("last")])

print("before")
boom()
