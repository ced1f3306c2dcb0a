# uuid (uuid3/uuid5, parsing, fields, uuid4 version/variant) and secrets.
import uuid, secrets, string

u3 = uuid.uuid3(uuid.NAMESPACE_DNS, "python.org")
u5 = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x")
for u in [u3, u5, uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]:
    print(u, repr(u), u.version, u.variant, u.hex, u.int, u.urn)
print(u3.fields, u3.time_low, u3.time_mid, u3.time_hi_version, u3.clock_seq_hi_variant, u3.clock_seq_low, u3.node, u3.clock_seq, u3.time)
print(u3.bytes, u3.bytes_le)
for s in ["12345678123456781234567812345678", "{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-567812345678"]:
    print(uuid.UUID(s))
print(uuid.UUID(bytes=b"\x12\x34\x56\x78" * 4), uuid.UUID(bytes_le=b"\x12\x34\x56\x78" * 4), uuid.UUID(int=1), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID("12345678123456781234567812345678", version=4))
a, b = uuid.UUID(int=5), uuid.UUID(int=7)
print(a < b, a == uuid.UUID(int=5), a != b, hash(a) == hash(uuid.UUID(int=5)), sorted([b, a])[0] == a, str(uuid.UUID(int=0)))
print({a: 1}[uuid.UUID(int=5)], uuid.UUID(int=5) == "00000000-0000-0000-0000-000000000005", int(a))
for _ in range(3):
    u4 = uuid.uuid4()
    print(u4.version, u4.variant == uuid.RFC_4122, len(str(u4)), str(u4)[14])
print(uuid.uuid1().version, uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID("1234567812345678123456781234567g"), lambda: uuid.UUID(), lambda: uuid.UUID(bytes=b"short"),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1 << 128), lambda: uuid.UUID("12345678123456781234567812345678", version=9),
            lambda: setattr(a, "x", 1), lambda: a < 1, lambda: uuid.UUID(fields=(1, 2)), lambda: uuid.UUID(hex="0" * 32, int=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(uuid.UUID(int=3).is_safe, uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value)
import copy, pickle
print(copy.copy(u3) == u3, pickle.loads(pickle.dumps(u5)) == u5)

for n in [None, 0, 1, 16]:
    tb, th, tu = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(n, type(tb).__name__, len(tb), len(th), all(c in string.hexdigits for c in th), type(tu).__name__, len(tu), all(c in string.ascii_letters + string.digits + "-_" for c in tu))
print(secrets.compare_digest(b"a", b"a"), secrets.compare_digest("x", "y"))
for _ in range(5):
    c = secrets.choice("abc")
    r = secrets.randbelow(10)
    k = secrets.randbits(8)
    print(c in "abc", 0 <= r < 10, 0 <= k < 256)
sr = secrets.SystemRandom()
print(0 <= sr.random() < 1, sr.randint(3, 3), sorted(sr.sample(range(5), 5)), type(sr).__name__)
for bad in [lambda: secrets.choice([]), lambda: secrets.randbelow(0), lambda: secrets.randbelow(-1), lambda: secrets.token_bytes(-1), lambda: secrets.randbits(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(secrets.DEFAULT_ENTROPY)
