# args: StringTest
import sys
import unittest


class StringTest(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])


class Other(unittest.TestCase):
    def test_never(self):
        self.fail("not selected")


if __name__ == "__main__":
    try:
        unittest.main(verbosity=2)
    except SystemExit as e:
        print("exit code", e.code)
        raise
