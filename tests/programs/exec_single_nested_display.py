# compile(..., "single") prints every expression statement of the
# interactive code, nested blocks included, but not inside def/class bodies.
srcs = ["try:\n    1 + 1\nexcept Exception:\n    pass\n",
        "if True:\n    'a'\n    None\n    3\n",
        "for i in range(2):\n    i\nelse:\n    'else'\n",
        "with open(__file__) as f:\n    5\n",
        "while True:\n    8\n    break\n",
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    'handled'\nfinally:\n    'finally'\n",
        "match [1, 2]:\n    case [a, b]:\n        a + b\n",
        "class A:\n    6\n",
        "def g():\n    9\n",
        "x = 4\n",
        "x; 10\n"]
for src in srcs:
    exec(compile(src, "s", "single"))
print(A, g())
