"""An asynchronous list/set/dict comprehension inside another comprehension
makes that one asynchronous too: outside an async function it is a
SyntaxError at the outer comprehension (an async generator expression
does not count)."""
srcs = [
    "def bar():\n    [[i async for i in a] for a in elts]\n",
    "[[i async for i in a] for a in elts]\n",
    "async def f():\n    [[i async for i in a] for a in elts]\n",
    "def bar():\n    ((i async for i in a) for a in elts)\n",
    "def bar():\n    [(i async for i in a) for a in elts]\n",
    "def bar():\n    [[await i for i in a] for a in elts]\n",
    "def bar():\n    [i for a in elts for i in [j async for j in a]]\n",
    "def bar():\n    [x for x in [i async for i in a]]\n",
    "def bar():\n    (x for x in [i async for i in a])\n",
    "def bar():\n    {k: [v async for v in a] for k in elts}\n",
    "def bar():\n    {k for k in elts if [v async for v in k]}\n",
    "def bar():\n    [[[i async for i in b] for b in a] for a in elts]\n",
    "def bar():\n    [lambda: [i async for i in a] for a in elts]\n",
    "def bar():\n    [[i for i in a] for a in elts]\n",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e, e.offset, e.end_offset)

import asyncio
async def agen(n):
    for i in range(n):
        yield i
async def main():
    return [[i async for i in agen(a)] for a in range(4)]
print(asyncio.run(main()))
ns = {"agen": agen, "asyncio": asyncio}
exec("async def main():\n    return {a: [i async for i in agen(a)] for a in range(3)}\nprint(asyncio.run(main()))\n", ns)
