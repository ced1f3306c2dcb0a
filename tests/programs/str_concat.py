# Concatenation chains (in-place growth must never be visible through aliases).
s = ""
for i in range(200):
    s += str(i % 10)
a = s
s += "-tail"
a += "+other"
b = a
a += "!"
print(len(s), s[-12:], len(a), a[-12:], b[-12:])
base = "x" * 40
c1 = base + "1"
c2 = base + "2"
d1 = c1 + "a"
d2 = c1 + "b"
print(c1[-3:], c2[-3:], d1[-3:], d2[-3:], c1 == base + "1", d1 != d2)
parts = []
acc = ""
for i in range(100):
    acc = acc + "é" + chr(0x3b1 + i % 20)
    if i % 25 == 0:
        parts.append(acc)
print([len(p) for p in parts], acc[:6], acc[-4:], len(acc))
print(hash(acc) == hash("".join(["é" + chr(0x3b1 + i % 20) for i in range(100)])))
t = "ab"
for _ in range(10):
    t = t + t
print(len(t), t[1000:1006], t.count("ab"))
u = "start"
v = u
for w in ["1", "2", "3"] * 20:
    u += w
print(u[:10], v, len(u))
k = {}
x = ""
for i in range(50):
    x += "k"
    k[x] = i
print(len(k), k["k" * 50], "k" * 49 in k)
