# hashlib / hmac: digests of every guaranteed algorithm, streaming, copy,
# keyed/salted BLAKE2, SHAKE lengths, pbkdf2, the fallback modules, errors.
import hashlib
import hmac
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

data = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 9]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    for d in data:
        h = hashlib.new(name, d)
        print(name, len(d), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    for chunk in [b'a', b'bc' * 100, b'x' * 1000, b'']:
        h.update(chunk)
    c = h.copy()
    c.update(b'more')
    print(name, 'stream', h.hexdigest(), c.hexdigest() != h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'abc')
    print(name, h.hexdigest(0), h.hexdigest(10), h.hexdigest(200)[-20:], h.digest(5), h.digest_size, h.block_size)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.new('SHA256', b'x').name, hashlib.sha256(b'x', usedforsecurity=False).hexdigest()[:16])
print(hashlib.md5(memoryview(b'abc')).hexdigest(), hashlib.sha1(bytearray(b'abc')).hexdigest())

# BLAKE2 parameters
print(hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2b(b'a', fanout=0, depth=255, leaf_size=7, node_offset=99, node_depth=3, inner_size=12, last_node=True, key=b'kk', salt=b'ss', person=b'pp', digest_size=33).hexdigest())
print(hashlib.blake2s(b'a', fanout=0, depth=255, leaf_size=7, node_offset=99, node_depth=3, inner_size=12, last_node=True, key=b'kk', salt=b'ss', person=b'pp', digest_size=17).hexdigest())
print(hashlib.blake2b(b'a' * 1000, key=b'k').hexdigest(), hashlib.blake2s(b'a' * 1000).hexdigest())
print(hashlib.blake2b(b'', key=b'k' * 64).hexdigest(), hashlib.blake2s(b'x' * 64, key=b'y' * 32).hexdigest())
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE)

# fallback modules
print(_md5.md5(b'abc').hexdigest(), _sha1.sha1(b'abc').hexdigest(), _sha256.sha224(b'abc').hexdigest())
print(_sha512.sha384(b'abc').hexdigest()[:32], _sha3.sha3_256(b'abc').hexdigest(), _sha3.shake_128(b'abc').hexdigest(8))
print(type(_md5.md5()).__name__, type(_sha3.sha3_256()).__name__, _md5.md5().name, _sha256.sha224().name)
print(_sha3.sha3_224()._capacity_bits, _sha3.sha3_512()._rate_bits, _sha3.shake_128()._suffix)

# hmac
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.new(b'key', b'msg', hashlib.md5).hexdigest())
print(hmac.digest(b'k', b'm', 'sha1').hex(), hmac.new(b'k' * 200, digestmod='sha512').hexdigest()[:32])
m = hmac.new(b'secret', digestmod=hashlib.sha256)
m.update(b'part1'); m2 = m.copy(); m.update(b'part2')
print(m.name, m.digest_size, m.block_size, m.hexdigest(), m2.hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.new(b'k', b'm', 'blake2b').hexdigest()[:20])
print(hmac.new(b'k', b'm', lambda: hashlib.sha3_256()).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 25).hex(), hashlib.pbkdf2_hmac('md5', b'p' * 100, b's', 3).hex())

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

h = hashlib.md5()
t(lambda: h.update('x'))
t(lambda: h.update(1))
t(lambda: hashlib.md5('x'))
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.sha256(data=b'a'))
t(lambda: hashlib.shake_128(b'a').hexdigest())
t(lambda: hashlib.blake2b(digest_size=65))
t(lambda: hashlib.blake2b(key=b'x' * 65))
t(lambda: hashlib.blake2b(salt=b'x' * 17))
t(lambda: hashlib.blake2s(person=b'x' * 9))
t(lambda: hashlib.blake2b(fanout=256))
t(lambda: hashlib.blake2b(depth=0))
t(lambda: hashlib.blake2b(leaf_size=2**32))
t(lambda: hashlib.blake2s(node_offset=2**48))
t(lambda: hashlib.blake2b(inner_size=65))
t(lambda: hashlib.blake2b(key='x'))
t(lambda: _md5.md5(x=1))
t(lambda: _md5.md5().update())
t(lambda: _sha3.sha3_256(string=b''))
t(lambda: _sha3.shake_128().digest(-1))
t(lambda: hashlib.pbkdf2_hmac('md5', b'', b'', 0))
t(lambda: hashlib.pbkdf2_hmac('md5', b'', b'', 1, 0))
t(lambda: hmac.new(b'k', b'm'))
t(lambda: hmac.new('k', b'm', 'md5'))
t(lambda: hmac.compare_digest('a', b'a'))
