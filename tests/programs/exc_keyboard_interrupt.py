# An uncaught KeyboardInterrupt ends the process by SIGINT after the traceback.
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception))
print("raising")
raise KeyboardInterrupt("stop")
