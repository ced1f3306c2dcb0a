import copy
import pickle
import sys
import time

t = time.struct_time
cases = [((), {}), ((None,), {}), (('123',), {}), (('123',), {'dict': {}}),
         (('123456789',), {'dict': None}), (('1234567890123',), {}),
         (('123456789', 'x'), {}), (('12345678901',), {}),
         ((range(9), {'tm_zone': 'Z'}), {}), ((range(11), {'tm_zone': 'Z'}), {}),
         ((), {'sequence': range(9)})]
for a, k in cases:
    try:
        r = t(*a, **k)
        print(repr(r), r.tm_zone, r.tm_gmtoff)
    except Exception as e:
        print(type(e).__name__, e)
print(t.__match_args__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(type(sys.flags).__match_args__[:3], type(sys.version_info).__match_args__)


class Exc(Exception):
    pass


class C:
    def __getitem__(self, i):
        raise Exc("boom")

    def __len__(self):
        return 9


try:
    t(C())
except Exception as e:
    print(type(e).__name__, e)

s = t([[i] for i in range(11)])
print(s.__reduce__())
c = copy.copy(s)
print(c == s, c.tm_zone, c.tm_gmtoff, c[0] is s[0], c.tm_zone is s.tm_zone)
d = copy.deepcopy(s)
print(d == s, d.tm_zone, d[0] is s[0], d.tm_zone is s.tm_zone)
g = time.gmtime(86400 * 365)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    g2 = pickle.loads(pickle.dumps(g, proto))
    print(proto, g2 == g, g2.tm_zone, g2.tm_gmtoff, type(g2).__name__)
match time.gmtime(0):
    case time.struct_time(year, mon, day):
        print("matched", year, mon, day)
