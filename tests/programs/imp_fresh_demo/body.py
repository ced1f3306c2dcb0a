import imp_fresh_demo
imp_fresh_demo.runs["body"] = imp_fresh_demo.runs.get("body", 0) + 1
RUN = imp_fresh_demo.runs["body"]
try:
    import imp_fresh_demo.accel as _accel
    ACCEL = _accel.NAME
except ImportError as e:
    ACCEL = "%s: %s" % (type(e).__name__, e)
