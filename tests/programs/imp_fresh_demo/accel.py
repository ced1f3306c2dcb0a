import imp_fresh_demo
imp_fresh_demo.runs["accel"] = imp_fresh_demo.runs.get("accel", 0) + 1
NAME = "accel#%d" % imp_fresh_demo.runs["accel"]
