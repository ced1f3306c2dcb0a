# glob (glob/iglob/escape, recursive **) and fnmatch.
import glob, fnmatch, os, tempfile, shutil

for name, pat in [("a.py", "*.py"), ("a.PY", "*.py"), ("abc", "a?c"), ("a[c", "a[[]c"), ("b", "[!a]"), ("a", "[!a]"),
                  ("x1", "x[0-9]"), ("x/y", "x*"), (".hidden", "*"), ("a-b", "a[a-]b"), ("", "*"), ("ab", "a[]b"), ("]", "[]]")]:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "d"], "*.py"))
print(fnmatch.filter([], "*"))
for pat in ["*.py", "a?c", "[!a]b", "[a-z]*", "x[", "**", "a[]]b", "[^x]", "a\\b", "foo*bar*", "*.[ch]"]:
    print(repr(pat), fnmatch.translate(pat))
try:
    fnmatch.fnmatch(b"a", "a")
except TypeError as e:
    print(type(e).__name__, e)
print(fnmatch.fnmatch(b"ab", b"a*"))

d = tempfile.mkdtemp()
old = os.getcwd()
try:
    os.chdir(d)
    for p in ["a.txt", "b.txt", "c.py", ".hid.txt", "sub/d.txt", "sub/e.py", "sub/deep/f.txt", "x[1].txt", "sub2/g.txt"]:
        os.makedirs(os.path.dirname(p) or ".", exist_ok=True)
        open(p, "w").close()
    print(sorted(glob.glob("*.txt")))
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("**/*.txt", recursive=True)))
    print(sorted(glob.glob("**/*.txt")))
    print(sorted(glob.glob("sub*/*.txt")))
    print(sorted(glob.glob("?.py")), glob.glob("nothing*"), glob.glob("c.py"), glob.glob("missing.py"))
    print(sorted(glob.glob("x[1].txt")), glob.glob(glob.escape("x[1].txt")), glob.escape("a*b?c[d]"))
    print(sorted(glob.iglob("sub/**", recursive=True)))
    print(sorted(glob.glob("*.txt", root_dir="sub")), sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob(".*")), sorted(glob.glob("*.txt", dir_fd=None)))
    print(sorted(glob.glob(os.path.join(d, "sub", "*.py"))) == [os.path.join(d, "sub", "e.py")])
    print(sorted(glob.glob(b"*.py")), glob.has_magic("a*"), glob.has_magic("abc"))
    it = glob.iglob("*.py")
    print(type(it).__name__ in ("generator", "iterator") or hasattr(it, "__next__"), list(it))
finally:
    os.chdir(old)
    shutil.rmtree(d)
