import io
import logging
import re
import unittest
import warnings


class Calc:
    def div(self, a, b):
        if b == 0:
            raise ZeroDivisionError("division by zero")
        return a / b


events = []


class CalcTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.c = Calc()
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_div(self):
        self.assertEqual(self.c.div(6, 3), 2)
        self.assertAlmostEqual(self.c.div(1, 3), 0.333333, places=5)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.c.div(1, 0)
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertRaises(TypeError, self.c.div, "a", 1)
        with self.assertRaisesRegex(ValueError, r"invalid literal.*'x'"):
            int("x")

    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_fail_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_fail_multiline(self):
        self.assertMultiLineEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    def test_error(self):
        raise KeyError("oops")

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    def test_skip_inside(self):
        self.skipTest("skipped inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_warns_logs(self):
        with self.assertWarns(DeprecationWarning) as w:
            warnings.warn("old", DeprecationWarning)
        self.assertEqual(str(w.warning), "old")
        with self.assertWarnsRegex(UserWarning, "ne+w"):
            warnings.warn("neeew")
        with self.assertLogs("calc", level="INFO") as lg:
            logging.getLogger("calc").info("computed %d", 42)
            logging.getLogger("calc.sub").error("bad")
        self.assertEqual(lg.output, ["INFO:calc:computed 42", "ERROR:calc.sub:bad"])
        with self.assertNoLogs("calc", level="ERROR"):
            logging.getLogger("calc").info("fine")

    def test_misc_asserts(self):
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIs(None, None)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello world", r"w.rld")
        self.assertSequenceEqual((1, 2), [1, 2])
        self.assertSetEqual({1}, {1})
        self.assertTrue(1)
        self.assertFalse("")


class MessagesTest(unittest.TestCase):
    maxDiff = None

    def check(self, fn, *args, **kw):
        try:
            fn(*args, **kw)
        except self.failureException as e:
            print("  ", fn.__name__, "->", str(e).replace("\n", "\\n"))

    def test_messages(self):
        self.check(self.assertEqual, 1, 2)
        self.check(self.assertEqual, "a", "b", msg="custom")
        self.longMessage = False
        self.check(self.assertEqual, 1, 2, msg="only custom")
        self.longMessage = True
        self.check(self.assertTrue, 0)
        self.check(self.assertIn, 5, [1])
        self.check(self.assertIsNone, 3)
        self.check(self.assertIsInstance, "s", int)
        self.check(self.assertGreater, 1, 2)
        self.check(self.assertAlmostEqual, 1.0, 1.1)
        self.check(self.assertRaises(ValueError).__exit__, None, None, None)
        self.check(self.assertCountEqual, [1, 1], [1])
        self.check(self.assertListEqual, [1], [1, 2])
        self.check(self.assertTupleEqual, (1, 2), (1, 3))
        self.check(self.assertSetEqual, {1, 2}, {2, 3})
        self.check(self.assertRegex, "abc", "z")
        self.check(self.assertIs, 1, None)
        self.check(self.assertNotEqual, 1, 1)
        self.check(self.assertSequenceEqual, "ab", "ac")
        self.check(self.fail, "explicit failure")


def normalise(text):
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)
    text = text.replace(__file__, "FILE")
    return text


stream = io.StringIO()
result = unittest.main(argv=["prog"], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2)).result
print(normalise(stream.getvalue()))
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped), "xfail", len(result.expectedFailures),
      "xpass", len(result.unexpectedSuccesses), "ok", result.wasSuccessful())
print(sorted(t.id().split(".")[-1] for t, _ in result.failures))
print(events)

# loading and running by hand
loader = unittest.TestLoader()
suite = loader.loadTestsFromNames(["CalcTest.test_div", "CalcTest.test_error"], module=__import__("__main__"))
print(suite.countTestCases())
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, len(res.errors), res.errors[0][0].id())
print(loader.getTestCaseNames(MessagesTest))
try:
    loader.loadTestsFromName("CalcTest.nope", module=__import__("__main__"))
except AttributeError as e:
    print("AttributeError", e)

# FunctionTestCase
def standalone():
    assert 1 + 1 == 2
ftc = unittest.FunctionTestCase(standalone, description="standalone check")
r = unittest.TestResult()
ftc.run(r)
print(ftc.shortDescription(), r.wasSuccessful(), str(ftc))
