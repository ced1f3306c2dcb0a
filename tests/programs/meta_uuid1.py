# uuid.uuid1() and getnode() through the _uuid accelerator (libuuid's
# generate_time_safe): version-1 UUIDs, RFC 4122 variant, increasing
# timestamps, one node per process, the is_safe flag.
import time
import uuid

import _uuid

print(_uuid.has_uuid_generate_time_safe)
raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), safe in (0, -1))
for args, kw in [((1,), {}), ((), {"a": 1})]:
    try:
        _uuid.generate_time_safe(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

us = [uuid.uuid1() for _ in range(200)]
print(all(u.version == 1 and u.variant == uuid.RFC_4122 for u in us))
print(all(a.time < b.time for a, b in zip(us, us[1:])))
print(len(set(us)) == len(us), len({u.node for u in us}), len({u.clock_seq for u in us}))
print(all(u.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe) for u in us))
now = time.time() * 10**7 + 0x01B21DD213814000
print(abs(us[0].time - now) < 60 * 10**7)
node = uuid.getnode()
print(0 < node < 1 << 48, node == uuid.getnode())
u = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(u.node), hex(u.clock_seq), u.version, u.is_safe)
print(uuid.UUID(bytes=raw).version)
