# args: -v -k Arith
"""unittest.main() with the program's own command line; exits with its status."""
import unittest


class ArithTest(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(5 - 3, 1, "subtraction is off")

    def test_mul_error(self):
        {}["k"]


class StringTest(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("a".upper(), "A")


def load_tests(loader, tests, pattern):
    return tests


if __name__ == "__main__":
    print("main module:", __name__)
    unittest.main()
