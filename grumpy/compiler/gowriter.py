"""A structured writer for one Go function body.

Generated bodies are flat: every Python control structure becomes labels and
gotos in the function's outermost block, and every variable is declared
up front. That is what lets a generator resume in the middle of a loop or a
try block (Go forbids jumping into a block or over a declaration), and it
keeps exception edges uniform: each fallible operation is followed by
``if e != nil { goto <handler> }``.
"""


class GoFunc:
    def __init__(self, signature):
        self.signature = signature
        self.decls = []          # (name, gotype)
        self.declared = set()
        self.lines = []
        self.ntemp = 0
        self.nlabel = 0
        self.used_labels = set()
        self.indent = 1

    # Variables -------------------------------------------------------
    def var(self, name, gotype="rt.Object"):
        if name not in self.declared:
            self.declared.add(name)
            self.decls.append((name, gotype))
        return name

    def temp(self, gotype="rt.Object", prefix="t"):
        self.ntemp += 1
        return self.var("%s%d" % (prefix, self.ntemp), gotype)

    # Labels ------------------------------------------------------------
    def new_label(self, hint="L"):
        self.nlabel += 1
        return "%s%d" % (hint, self.nlabel)

    def label(self, name):
        self.lines.append((0, name + ":"))

    def goto(self, name):
        self.used_labels.add(name)
        self.emit("goto " + name)

    def use_label(self, name):
        self.used_labels.add(name)
        return name

    # Statements --------------------------------------------------------
    def emit(self, line):
        self.lines.append((self.indent, line))

    def check(self, handler, cond="e != nil"):
        self.used_labels.add(handler)
        self.emit("if %s {" % cond)
        self.emit("\tgoto %s" % handler)
        self.emit("}")

    def render(self, header_lines=(), closure=False):
        out = [self.signature + " {"]
        for name, gotype in self.decls:
            out.append("\tvar %s %s" % (name, gotype))
        if self.decls:
            names = [n for n, _ in self.decls]
            for i in range(0, len(names), 16):
                chunk = names[i:i + 16]
                out.append("\t" + ", ".join("_" for _ in chunk) + " = " + ", ".join(chunk))
        out.extend(header_lines)
        for indent, line in self.lines:
            if indent == 0 and line.endswith(":"):
                if line[:-1] not in self.used_labels:
                    continue
                out.append(line)
            else:
                out.append("\t" * indent + line)
        out.append("}")
        return "\n".join(out)
