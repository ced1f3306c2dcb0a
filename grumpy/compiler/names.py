"""Go identifiers and literals for Python names and strings.

Every Python identifier maps to one ASCII Go identifier, reversibly:
ASCII letters and digits are kept, ``_`` becomes ``__``, and any other
character becomes ``_x<hex>_``. A kind prefix (``l_`` for locals, ``c_`` for
cells, ...) keeps generated names apart from each other and from Go keywords.
String contents are emitted as Go interpreted literals with every byte
outside printable ASCII escaped, so no source text can end a Go literal.
"""


def mangle(name):
    out = []
    for ch in name:
        if ch == "_":
            out.append("__")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append("_x%x_" % ord(ch))
    return "".join(out)


def wtf8(s):
    """UTF-8 bytes of s, with lone surrogates in their generalized 3-byte form."""
    return s.encode("utf-8", "surrogatepass")


def go_bytes_literal(data):
    out = ['"']
    for b in data:
        c = chr(b)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02x" % b)
    out.append('"')
    return "".join(out)


def go_string(s):
    """A Go string literal holding the WTF-8 encoding of Python str s."""
    return go_bytes_literal(wtf8(s))
