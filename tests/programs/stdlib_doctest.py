"""Module docstring with a doctest.

>>> 1 + 1
2
"""
import doctest
import io
import re
import sys


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add([1], [2])
    [1, 2]
    """
    return a + b


def broken(n):
    """Has failing examples.

    >>> broken(2)
    4
    >>> broken(3)
    10
    >>> broken(-1)
    Traceback (most recent call last):
        ...
    ValueError: negative
    >>> broken('x')
    Traceback (most recent call last):
        ...
    ValueError: negative
    """
    if isinstance(n, int) and n < 0:
        raise ValueError("negative")
    return n * 2


def flags():
    """Option flags.

    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> print("skipped")  # doctest: +SKIP
    never
    >>> {"k": 1}
    {'k': 1}
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> raise KeyError('detail')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    """


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        """Pop the top.

        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        """
        return self.items.pop()

    def __len__(self):
        return len(self.items)


def clean(text):
    text = text.replace(__file__, "FILE")
    return text


out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    results = doctest.testmod(verbose=False)
finally:
    sys.stdout = old
print(results, results.failed, results.attempted)
print(clean(out.getvalue()))

# verbose run of one function, and the failure report with REPORT_NDIFF
out = io.StringIO()
runner = doctest.DocTestRunner(verbose=True)
finder = doctest.DocTestFinder()
for test in finder.find(add, "add", globs={"add": add}):
    runner.run(test, out=out.write)
print(clean(out.getvalue()))
print(runner.summarize(verbose=False))

out = io.StringIO()
runner = doctest.DocTestRunner(optionflags=doctest.REPORT_UDIFF)
parser = doctest.DocTestParser()
test = parser.get_doctest(">>> print('a\\nb\\nc')\na\nB\nc\n", {}, "inline", "inline.txt", 0)
runner.run(test, out=out.write)
print(out.getvalue())
print([type(x).__name__ for x in parser.parse(">>> 1\n1\ntext\n")])
ex = parser.get_examples(">>> x = 5\n>>> x * 2\n10\n")
print([(e.source, e.want, e.lineno) for e in ex])

# run_docstring_examples and script_from_examples
out = io.StringIO()
sys.stdout = out
doctest.run_docstring_examples(">>> 2 ** 10\n1024\n>>> 'no'\n'yes'\n", {}, name="snippet")
sys.stdout = old
print(clean(out.getvalue()))
print(doctest.script_from_examples("Intro\n>>> 1 + 2\n3\n"))
