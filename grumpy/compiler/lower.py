"""Lowering: a module's AST to the Go source of one Go package.

The Lowerer walks the tree once. visit_* dispatch lives here; the work is in
the topic mixins: statements (stmt.py), expressions (expr.py), functions,
lambdas and classes (func.py), try/with/raise (excs.py), comprehensions
(comp.py). Unknown nodes raise CompileError naming the construct, so new
syntax fails loudly instead of miscompiling.
"""
import ast
import math
import re
import struct

from . import scope
from .comp import CompMixin
from .errors import CompileError
from .excs import ExcMixin
from .expr import ExprMixin
from .func import FuncMixin
from .gowriter import GoFunc
from .lower_ctx import Ctx, Handler
from .match import MatchMixin
from .asyncs import AsyncMixin
from .names import go_bytes_literal, go_string
from .stmt import StmtMixin


class Lowerer(StmtMixin, ExprMixin, FuncMixin, ExcMixin, CompMixin, MatchMixin, AsyncMixin):
    def __init__(self, tree, source, filename, modname, is_package):
        self.tree = tree
        self.source = source
        self.filename = filename
        self.modname = modname
        self.is_package = is_package
        self.table = scope.build(source, filename)
        self.consts = {}
        self.const_decls = []
        self.codes = []
        self.positions = []
        self.pos_index = {}
        self._lines = None
        self.nsites = 0
        self.ngsites = 0
        self.ctx = None
        self.future_annotations = False

    # Errors ------------------------------------------------------------
    def unsupported(self, what, node):
        raise CompileError(what, self.filename, getattr(node, "lineno", 0))

    # Constants ---------------------------------------------------------
    def const(self, value):
        key = (type(value), value if not isinstance(value, float) else struct.pack("<d", value))
        if isinstance(value, (tuple, frozenset, complex)):
            key = (type(value), repr(value))
        if key in self.consts:
            return self.consts[key]
        name = "k%d" % len(self.const_decls)
        self.consts[key] = name
        self.const_decls.append((name, self.const_expr(value)))
        return name

    def const_expr(self, v):
        if v is None:
            return "rt.None"
        if v is True:
            return "rt.True"
        if v is False:
            return "rt.False"
        if v is Ellipsis:
            return "rt.Ellipsis"
        if isinstance(v, int):
            if -2**63 <= v < 2**63:
                return "rt.MakeInt(%d)" % v
            return 'rt.ParseIntLiteral("%d")' % v
        if isinstance(v, float):
            if math.isnan(v) or math.isinf(v):
                return "rt.Float(math.Float64frombits(0x%x))" % struct.unpack("<Q", struct.pack("<d", v))[0]
            return "rt.Float(math.Float64frombits(0x%x))" % struct.unpack("<Q", struct.pack("<d", v))[0]
        if isinstance(v, complex):
            return "rt.Complex(complex(math.Float64frombits(0x%x), math.Float64frombits(0x%x)))" % (
                struct.unpack("<Q", struct.pack("<d", v.real))[0], struct.unpack("<Q", struct.pack("<d", v.imag))[0])
        if isinstance(v, str):
            return "rt.InternStr(%s)" % go_string(v)
        if isinstance(v, bytes):
            return "rt.NewBytes([]byte(%s))" % go_bytes_literal(v)
        if isinstance(v, tuple):
            return "rt.NewTuple(%s)" % ", ".join(self.const(x) for x in v)
        if isinstance(v, frozenset):
            return "rt.MustFrozenSet(%s)" % ", ".join(self.const(x) for x in v)
        raise CompileError("constant %r" % type(v).__name__, self.filename, 0)

    def name_const(self, name):
        return self.const(str(name))

    def global_site(self):
        """A fresh inline-cache slot for one global-name read (rt.GlobalSite)."""
        self.ngsites += 1
        return "&gsites[%d]" % (self.ngsites - 1)

    def attr_site(self):
        """A fresh inline-cache slot for one attribute access (rt.AttrSite)."""
        self.nsites += 1
        return "&sites[%d]" % (self.nsites - 1)

    # Code objects ------------------------------------------------------
    def code_object(self, name, qualname, lineno, args=None, flags=None):
        cname = "code%d" % len(self.codes)
        fields = ["Name: %s" % go_string(name), "Qualname: %s" % go_string(qualname),
                  "Filename: %s" % go_string(self.filename), "FirstLine: %d" % lineno,
                  "Positions: posTable"]
        if args is not None:
            argnames, posonly, argcount, kwonly, varargs, varkw = args
            fields.append("ArgNames: []string{%s}" % ", ".join(go_string(a) for a in argnames))
            fields.append("PosOnly: %d, ArgCount: %d, KwOnlyCount: %d" % (posonly, argcount, kwonly))
            fields.append("VarArgs: %s, VarKw: %s" % (str(varargs).lower(), str(varkw).lower()))
        if flags:
            fields.extend(flags)
        self.codes.append((cname, "&rt.Code{%s}" % ", ".join(fields)))
        return cname

    # Emission helpers --------------------------------------------------
    @property
    def w(self):
        return self.ctx.w

    def set_line(self, node):
        line = getattr(node, "lineno", None)
        if line is not None and line != self.ctx.line:
            self.ctx.line = line
            self.w.emit("f.Line = %d" % line)
            if getattr(self, "trace_hooks", False):
                self.trace_line()

    def trace_line(self):
        """A traced build reports the new line (runtime.TraceLine)."""
        w = self.w
        w.emit("if rt.Tracing() {")
        w.emit("\tif e = rt.TraceLine(t, f); e != nil {")
        w.emit("\t\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("\t}")
        w.emit("}")

    # Positions ---------------------------------------------------------
    # Tracebacks show, under each source line, markers for the columns of
    # the instruction that failed (CPython 3.11's co_positions()). The module
    # has one table of rt.Position entries shared by its code objects; the
    # error path of an operation stores -(k+1) for entry k in f.Line just
    # before jumping to the handler, so the fast path pays nothing.

    def source_line(self, n):
        if self._lines is None:
            self._lines = re.split(r"\r\n|\r|\n", self.source) if isinstance(self.source, str) else []
        return self._lines[n - 1] if 0 < n <= len(self._lines) else None

    def node_span(self, node):
        """CPython's (line, end_line, col, end_col) for the instruction
        node stands for (columns in UTF-8 bytes), or None."""
        span = (getattr(node, "lineno", None), getattr(node, "end_lineno", None),
                getattr(node, "col_offset", None), getattr(node, "end_col_offset", None))
        if None in span:
            return None
        if isinstance(node, ast.Attribute):
            span = self.attr_span(span, node)
        elif isinstance(node, ast.Call) and is_method_call(node):
            span = self.attr_span(span, node.func)
        return span

    @staticmethod
    def attr_span(span, attr):
        """A multi-line attribute access is located at the attribute name
        (CPython's update_start_location_to_match_attr)."""
        line, end_line, col, end_col = span
        if line != attr.end_lineno:
            line = attr.end_lineno
            n = len(attr.attr)
            if n <= attr.end_col_offset:
                col = attr.end_col_offset - n
            else:
                col = end_col = -1
            end_line = max(line, end_line)
            if line == end_line:
                end_col = max(col, end_col)
        return line, end_line, col, end_col

    def anchors(self, node, span):
        """The secondary range ('^' between '~') of a one-line binary
        operation or subscript, as character offsets in its line; CPython
        finds it by parsing the marked text when it prints."""
        line, end_line, col, end_col = span
        if line != end_line or col < 0 or not isinstance(node, (ast.BinOp, ast.Subscript)):
            return -1, -1
        text = self.source_line(line)
        if text is None:
            return -1, -1
        raw = text.encode("utf-8", "surrogatepass")
        start = len(raw[:col].decode("utf-8", "replace"))
        end = len(raw[:end_col].decode("utf-8", "replace"))
        seg = text[start:end]
        try:
            tree = ast.parse(seg)
        except (SyntaxError, ValueError):
            return -1, -1
        if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
            return -1, -1
        e = tree.body[0].value
        b = seg.encode("utf-8", "surrogatepass")
        ws = b" \t\f"
        if isinstance(e, ast.BinOp):
            left = right = -1
            i = e.left.end_col_offset
            while i < e.right.col_offset:
                if b[i] in ws:
                    i += 1
                    continue
                left, right = i, i + 1
                if i + 1 < e.right.col_offset and b[i + 1] not in ws:
                    right += 1
                if i + 1 < e.right.col_offset and b[i] == ord(")"):
                    i += 1
                    continue
                break
            if left < 0:
                return -1, -1
        elif isinstance(e, ast.Subscript):
            left, right = e.value.end_col_offset, e.slice.end_col_offset + 1
            while left < len(b) and b[left] != ord("["):
                left += 1
            while right < len(b) and b[right] != ord("]"):
                right += 1
            if right < len(b):
                right += 1
        else:
            return -1, -1
        char = lambda off: len(b[:off].decode("utf-8", "replace")) + start
        return char(left), char(right)

    def position(self, node):
        """The index of node's entry in the position table, or None."""
        if node is None:
            return None
        span = self.node_span(node)
        if span is None:
            return None
        entry = span + self.anchors(node, span)
        k = self.pos_index.get(entry)
        if k is None:
            k = self.pos_index[entry] = len(self.positions)
            self.positions.append(entry)
        return k

    def pos_value(self, node):
        """What the error path stores in f.Line for node: its encoded
        position, else its line."""
        k = self.position(node)
        if k is None:
            return getattr(node, "lineno", self.ctx.line or 0)
        return -(k + 1)

    def check(self, node=None, store=None):
        """Jump to the handler when e is set, first recording node's
        position (or the Go expression store) in f.Line."""
        if store is None and node is not None:
            k = self.position(node)
            if k is not None:
                store = str(-(k + 1))
        if store is None:
            self.w.check(self.ctx.handler.add)
            return
        w = self.w
        w.emit("if e != nil {")
        w.emit("\tf.Line = %s" % store)
        w.emit("\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("}")

    def check_op(self, expr, node):
        """check() for the operation expr at node. A fused method call
        (rt.CallMethod*) is located at the attribute when the method lookup
        failed and at the call otherwise, as CPython's LOAD_METHOD and CALL."""
        if (node is not None and expr.startswith("rt.CallMethod") and isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)):
            ka, kc = self.position(node.func), self.position(node)
            if ka is not None and kc is not None and ka != kc:
                name = self.name_const(self.mangle_private(node.func.attr))
                return self.check(store="rt.MethodCallPos(e, %s, %d, %d)" % (name, -(ka + 1), -(kc + 1)))
        self.check(node)

    def op(self, expr, node=None):
        """Emit a fallible runtime call returning (Object, exc); return its temp."""
        if node is not None:
            self.set_line(node)
        tmp = self.w.temp()
        self.w.emit("%s, e = %s" % (tmp, expr))
        self.check_op(expr, node)
        return tmp

    def op_exc(self, expr, node=None):
        """Emit a runtime call returning only an exception."""
        if node is not None:
            self.set_line(node)
        self.w.emit("e = %s" % expr)
        self.check_op(expr, node)

    def op_bool(self, expr, node=None, at=None):
        """A runtime call returning (bool, exc); at, when given, locates
        its error (instead of node) without touching f.Line on success."""
        if node is not None:
            self.set_line(node)
        tmp = self.w.temp("bool", "b")
        self.w.emit("%s, e = %s" % (tmp, expr))
        self.check(node if at is None else at)
        return tmp

    @staticmethod
    def assert_raise_node(node):
        """Where CPython locates the raise of a failing assert: the last
        comparison its condition code tests (through not/and/or/if-else),
        else the statement."""
        last = node

        def walk(e):
            nonlocal last
            if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not):
                walk(e.operand)
            elif isinstance(e, ast.BoolOp):
                for v in e.values:
                    walk(v)
            elif isinstance(e, ast.IfExp):
                walk(e.test)
                walk(e.body)
                walk(e.orelse)
            elif isinstance(e, ast.Compare):
                last = e
        walk(node.test)
        return last

    def goto_raise(self, node=None):
        """Jump to the handler with e set, located at node."""
        if node is not None:
            self.w.emit("f.Line = %d" % self.pos_value(node))
        self.w.goto(self.ctx.handler.add)

    def raise_new(self, expr, node=None):
        """Raise a runtime-built exception at the current line (or node)."""
        self.w.emit("e = %s" % expr)
        self.goto_raise(node)

    def child_table(self, name, lineno):
        """The symtable of a scope nested here (inside an inlined
        comprehension, nested scopes hang off the comprehension's table)."""
        infos = getattr(self.ctx, "comp_infos", None)
        if infos:
            return infos[-1].child(name, lineno)
        return self.ctx.info.child(name, lineno)

    # Dispatch ----------------------------------------------------------
    def visit(self, node):
        m = getattr(self, "visit_" + type(node).__name__, None)
        if m is None:
            self.unsupported(type(node).__name__, node)
        return m(node)

    def expr(self, node):
        m = getattr(self, "expr_" + type(node).__name__, None)
        if m is None:
            self.unsupported("expression " + type(node).__name__, node)
        return m(node)

    def body(self, stmts):
        traced = getattr(self, "trace_hooks", False)
        for s in stmts:
            if traced:
                # Every statement starts a line event (CPython 3.11).
                self.set_line(s)
            self.visit(s)

    # Module ------------------------------------------------------------
    def lower_module(self):
        info = scope.ScopeInfo(self.table, "module")
        w = GoFunc("func body(t *rt.Thread, m *rt.Module) *rt.BaseException")
        self.ctx = Ctx("module", info, w)
        self.ctx.handler = Handler(w.new_label("Lexc"), w.new_label("Lraise"))
        code = self.code_object("<module>", "<module>", 1)
        for stmt in self.tree.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__":
                if any(a.name == "annotations" for a in stmt.names):
                    self.future_annotations = True
        if self.has_annotations(self.tree.body):
            w.emit("g.SetStr(\"__annotations__\", rt.NewDict())")
        doc = ast.get_docstring(self.tree, clean=False)
        if doc is not None:
            w.emit("g.SetStr(\"__doc__\", %s)" % self.const(doc))
        self.body(self.tree.body)
        w.emit("t.Pop(f)")
        w.emit("return nil")
        w.label(self.ctx.handler.add)
        w.emit("e = rt.Propagate(t, e, f)")
        w.label(self.ctx.handler.noadd)
        w.emit("t.Pop(f)")
        w.emit("return e")
        header = ["\tg := m.Dict()", "\t_ = g",
                  "\tf, e := t.Push(%s, g)" % code, "\tif e != nil {", "\t\treturn e", "\t}"]
        body = w.render(header)
        return self.render_package(body)

    def has_annotations(self, stmts):
        for s in stmts:
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and s.simple:
                return True
            for field in ("body", "orelse", "finalbody"):
                if isinstance(s, (ast.If, ast.For, ast.While, ast.Try, ast.With)) and self.has_annotations(getattr(s, field, []) or []):
                    return True
        return False

    def render_package(self, body):
        out = ["// Code generated by grumpy from %s. DO NOT EDIT." % self.filename.replace("\n", " "), "",
               "package m", "", "import (", '\t"math"', "", '\trt "grumpy/runtime"', ")", "",
               "var _ = math.Float64frombits", ""]
        out.append("var (")
        out.append("\tposTable = []rt.Position{%s}" % ", ".join(
            "{%d, %d, %d, %d, %d, %d}" % p for p in self.positions))
        for name, expr in self.const_decls:
            out.append("\t%s = %s" % (name, expr))
        for name, expr in self.codes:
            out.append("\t%s = %s" % (name, expr))
        out.append(")")
        out.append("")
        if self.nsites:
            out.append("var sites [%d]rt.AttrSite" % self.nsites)
            out.append("")
        if self.ngsites:
            out.append("var gsites [%d]rt.GlobalSite" % self.ngsites)
            out.append("")
        out.append("func init() {")
        out.append("\trt.RegisterModule(&rt.ModuleSpec{Name: %s, File: %s, IsPackage: %s, Body: body})" % (
            go_string(self.regname), go_string(self.filename), str(self.is_package).lower()))
        out.append("}")
        out.append("")
        out.append(body)
        out.append("")
        return "\n".join(out)


def is_method_call(node):
    """Whether CPython 3.11 compiles the call as LOAD_METHOD + CALL."""
    return (isinstance(node.func, ast.Attribute) and isinstance(node.func.ctx, ast.Load)
            and not any(isinstance(a, ast.Starred) for a in node.args)
            and all(k.arg is not None for k in node.keywords)
            and len(node.args) + len(node.keywords) + (1 if node.keywords else 0) < 30)


def lower(source, filename, modname, is_package=False, regname=None, publish_locals=False, trace_hooks=False):
    tree = ast.parse(source, filename)
    lw = Lowerer(tree, source, filename, modname, is_package)
    lw.regname = regname or modname
    lw.publish_locals = publish_locals
    lw.trace_hooks = trace_hooks
    out = lw.lower_module()
    if trace_hooks:
        # A traced build reports each exception recorded in a traceback to
        # the frame's trace function (runtime.PropagateTraced).
        out = out.replace("rt.Propagate(t, e, ", "rt.PropagateTraced(t, e, ")
    return out
