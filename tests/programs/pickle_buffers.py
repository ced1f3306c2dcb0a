import pickle
from pickle import PickleBuffer
print(PickleBuffer, PickleBuffer.__module__, PickleBuffer.__name__, PickleBuffer.__qualname__)
for bad in [(), (1,), (b'a', b'b')]:
    try: PickleBuffer(*bad)
    except Exception as e: print(type(e).__name__, e)
try: PickleBuffer(obj=b'x')
except Exception as e: print(type(e).__name__, e)
try:
    class S(PickleBuffer): pass
except Exception as e: print(type(e).__name__, e)
pb = PickleBuffer(b"abc")
m = memoryview(pb); print(m.obj, m.readonly, m.format, bytes(m), bytes(pb), bytearray(pb))
r = pb.raw(); print(r.obj, r.readonly, r.format, r.shape, r.tobytes())
ba = bytearray(b"xyz"); pb2 = PickleBuffer(ba)
print(pb2.raw().readonly, memoryview(pb2).obj is ba)
try: ba.append(1)
except Exception as e: print(type(e).__name__, e)
pb2.release(); pb2.release()
for f in (pb2.raw, lambda: memoryview(pb2)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
import array
a = array.array('i', [1, 2, 3]); pb3 = PickleBuffer(a)
print(memoryview(pb3).format, memoryview(pb3).itemsize, pb3.raw().format, pb3.raw().nbytes, len(pb3.raw()))
mv = memoryview(b"abcdef")[::2]
pb4 = PickleBuffer(mv)
try: pb4.raw()
except Exception as e: print(type(e).__name__, e)
try: pb.raw(1)
except Exception as e: print(type(e).__name__, e)
import copy
try: copy.copy(pb)
except Exception as e: print(type(e).__name__, e)
for proto in range(6):
    try: print(proto, pickle.loads(pickle.dumps(pb, proto)))
    except Exception as e: print(proto, type(e).__name__, e)

import pickle, io, pickletools

class ZeroCopyBytes(bytes):
    readonly = True
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (pickle.PickleBuffer(self),), None
        return type(self)._reconstruct, (bytes(self),)
    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            if type(obj) is cls:
                return obj
            return cls(obj)

class ZeroCopyBytearray(bytearray):
    readonly = False
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (pickle.PickleBuffer(self),), None
        return type(self)._reconstruct, (bytes(self),)
    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            if type(obj) is cls:
                return obj
            return cls(obj)

def ops(data):
    return [op.name for op, arg, pos in pickletools.genops(data)]

for obj in (ZeroCopyBytes(b"abcdefgh"), ZeroCopyBytearray(b"abcdefgh")):
    print(type(obj).__name__)
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        new = pickle.loads(data)
        print(' ', proto, b"abcdefgh" in data, new is obj, type(new).__name__, new == obj)
        try:
            pickle.dumps(obj, proto, buffer_callback=[].append)
            print('  callback ok')
        except Exception as e:
            print('  ', type(e).__name__, e)
    buffers = []
    data = pickle.dumps(obj, 5, buffer_callback=lambda pb: buffers.append(pb.raw()))
    print(' oob', ops(data), bytes(buffers[0]))
    try:
        pickle.loads(data)
    except Exception as e:
        print(' ', type(e).__name__, e)
    print(' ', pickle.loads(data, buffers=buffers) is obj, pickle.loads(data, buffers=iter(buffers)) is obj)
    buffers = []
    data = pickle.dumps(obj, 5, buffer_callback=buffers.append)
    new = pickle.loads(data, buffers=map(bytearray, buffers))
    print(' ', type(new).__name__, new == obj, bytes(buffers[0]))
    f = io.BytesIO()
    pickle.dump(obj, f, protocol=5, buffer_callback=buffers.append)
    print(' ', pickle.load(io.BytesIO(f.getvalue()), buffers=buffers[-1:]) is obj)

pb = pickle.PickleBuffer(b"foobar")
for proto in range(6):
    try:
        print(proto, pickle.loads(pickle.dumps(pb, proto)))
    except pickle.PickleError as e:
        print(proto, type(e).__name__, e)
def cb(b):
    1/0
try:
    pickle.dumps(pb, 5, buffer_callback=cb)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
data = pickle.dumps(pb, 5, buffer_callback=[].append)
for bufs in (object(), []):
    try:
        pickle.loads(data, buffers=bufs)
    except Exception as e:
        print(type(e).__name__, e)
