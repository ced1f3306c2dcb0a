# args: --help
"""Program whose own --help output goes to stdout and exits 0."""
import argparse

parser = argparse.ArgumentParser(
    prog="frob",
    description="Frobnicate the widgets.\n\nSecond paragraph is wrapped by the default formatter even if it is long enough to need wrapping at the terminal width.",
    formatter_class=argparse.RawDescriptionHelpFormatter,
)
parser.add_argument("widget", nargs="+", help="widgets to frobnicate")
parser.add_argument("--level", "-l", type=int, default=3, metavar="N", help="frobnication level (default %(default)s)")
parser.add_argument("--dry-run", action="store_true", help=argparse.SUPPRESS)
parser.add_argument("--color", choices=("auto", "always", "never"), help="when to use colour")
parser.add_argument("--bool", action=argparse.BooleanOptionalAction, default=True, help="a boolean")
print("before parse")
args = parser.parse_args()
print("not reached", args)
