for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("for-else")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    if n == 10:
        break
else:
    print("while-else", n)
x = 5
if x < 3:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(0 or "a", "" and 1, None or 0, 1 and 2 and 3)
print("yes" if x else "no", [] or [1])
a, b = 1, 2
a, b = b, a
print(a, b)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
lst = [1, 2, 3, 4]
del lst[0]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
v = 1
del v
try:
    print(v)
except NameError as e:
    print("NameError", e)
if (m := 10) > 5:
    print("walrus", m)
print([y for x in range(5) if (y := x * 2) > 4], y)
total = 0
for i, ch in enumerate("abc"):
    total += i
print(total)
assert total == 3
try:
    assert total == 4, "total is %d" % total
except AssertionError as e:
    print("assert", e)
k = 0
while True:
    k += 1
    if k > 3:
        break
print(k)
for x in []:
    pass
else:
    print("empty else")
x = [i * j for i in range(3) for j in range(3) if i != j]
print(x)
print({i % 3 for i in range(10)})
print({i: i * i for i in range(4)})
print(list(i for i in range(3)))
print(sum(x * x for x in range(10)))
