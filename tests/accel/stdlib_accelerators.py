# Built with -I _pickle -I _statistics (tests/test_accelerator_overlays.py):
# the stand-ins for CPython's C accelerators behave as the C modules do.
import io
import pickle, _pickle
import statistics, _statistics

print(pickle.Pickler is _pickle.Pickler, pickle.Unpickler is _pickle.Unpickler)
print(pickle.PicklingError is _pickle.PicklingError, pickle.PickleError is _pickle.PickleError,
      pickle.UnpicklingError is _pickle.UnpicklingError)
print(pickle.dumps is _pickle.dumps, pickle.loads is _pickle.loads)
data = {"a": [1, 2.5, "x", None, True], "b": (b"by", frozenset({3})), "c": {1: 2}}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = _pickle.dumps(data, proto)
    print(proto, _pickle.loads(s) == data, pickle._loads(s) == data, s == pickle._dumps(data, proto))
buf = io.BytesIO()
p = _pickle.Pickler(buf, 2)
p.dump([1, 2, 3])
print(_pickle.Unpickler(io.BytesIO(buf.getvalue())).load())
try:
    _pickle.dumps(lambda: 0)
except Exception as e:
    print(type(e).__name__, isinstance(e, pickle.PicklingError))
print(hasattr(_pickle, "PickleBuffer") == hasattr(pickle, "PickleBuffer"))

print(_statistics._normal_dist_inv_cdf.__module__, statistics.NormalDist().inv_cdf(0.975))
print(round(_statistics._normal_dist_inv_cdf(0.25, 10.0, 2.0), 12))
try:
    statistics.NormalDist().inv_cdf(1.5)
except Exception as e:
    print(type(e).__name__, e)
