# hashlib (md5/sha1/sha2/sha3/blake2 with key/salt/person, pbkdf2_hmac, new, copy) and hmac.
import hashlib, hmac

msg = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = getattr(hashlib, name)(msg)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h2 = hashlib.new(name)
    h2.update(msg[:10])
    c = h2.copy()
    h2.update(msg[10:])
    c.update(b"different")
    print(" ", h2.hexdigest() == h.hexdigest(), c.hexdigest() != h.hexdigest(), h2.digest() == bytes.fromhex(h.hexdigest()))
print(hashlib.sha256().hexdigest(), hashlib.md5(b"").hexdigest())
print(hashlib.new("SHA256", b"abc").hexdigest(), hashlib.new("sha512_256", b"abc").hexdigest() if "sha512_256" in hashlib.algorithms_available else "skip")
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.blake2b(msg, digest_size=16).hexdigest(), hashlib.blake2b(msg, key=b"secret", digest_size=32).hexdigest())
print(hashlib.blake2b(b"", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(msg, digest_size=8, key=b"k").hexdigest(), hashlib.blake2s(b"x", salt=b"12345678", person=b"pp").hexdigest())
print(hashlib.blake2b(msg, digest_size=20).name, hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=20).hex(), hashlib.pbkdf2_hmac("sha512", b"p", b"s", 1, 10).hex())
print(hashlib.shake_128(msg).hexdigest(16), hashlib.shake_256(b"").hexdigest(8))
print(hashlib.md5(msg, usedforsecurity=False).hexdigest())
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update(1),
            lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2b(key=b"k" * 65), lambda: hashlib.blake2s(salt=b"x" * 9),
            lambda: hashlib.blake2b(person=b"p" * 17), lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"s", 1),
            lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 0), lambda: hashlib.pbkdf2_hmac("nope", b"pw", b"s", 1),
            lambda: hashlib.sha1(b"x", b"y"), lambda: hashlib.new(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

key = b"key"
h = hmac.new(key, msg, hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.new(key, msg, "md5").hexdigest(), hmac.new(b"", b"", "sha1").hexdigest())
h = hmac.new(key, digestmod="sha512")
h.update(msg[:5])
c = h.copy()
h.update(msg[5:])
print(h.hexdigest() == hmac.new(key, msg, "sha512").hexdigest(), c.hexdigest() != h.hexdigest())
print(hmac.digest(key, msg, "sha256") == hmac.new(key, msg, "sha256").digest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
print(hmac.new(b"k" * 200, b"long key", hashlib.sha1).hexdigest())
for bad in [lambda: hmac.new(key), lambda: hmac.new("strkey", msg, "sha256"), lambda: hmac.compare_digest("a", b"a"),
            lambda: hmac.compare_digest("\u00e9", "\u00e9"), lambda: hmac.new(key, msg, "nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
