# Deeply nested exception groups: split()/subgroup() hit the recursion limit.
import sys
e = TypeError(1)
for i in range(2000):
    e = ExceptionGroup('eg', [e])
for name in ('split', 'subgroup'):
    try:
        getattr(e, name)(TypeError)
    except RecursionError as ex:
        print(name, type(ex).__name__, ex)
e = TypeError(1)
for i in range(50):
    e = ExceptionGroup('eg', [e, ValueError(i)])
m, r = e.split(TypeError)
depth = 0
while isinstance(m, ExceptionGroup):
    depth += 1
    m = m.exceptions[0]
print(depth, type(m).__name__, len(r.exceptions))
print(e.subgroup(ValueError).exceptions[1])
