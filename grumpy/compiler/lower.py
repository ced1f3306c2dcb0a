"""Lowering: a module's AST to the Go source of one Go package.

The Lowerer walks the tree once. visit_* dispatch lives here; the work is in
the topic mixins: statements (stmt.py), expressions (expr.py), functions,
lambdas and classes (func.py), try/with/raise (excs.py), comprehensions
(comp.py). Unknown nodes raise CompileError naming the construct, so new
syntax fails loudly instead of miscompiling.
"""
import ast
import math
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

    # Code objects ------------------------------------------------------
    def code_object(self, name, qualname, lineno, args=None, flags=None):
        cname = "code%d" % len(self.codes)
        fields = ["Name: %s" % go_string(name), "Qualname: %s" % go_string(qualname),
                  "Filename: %s" % go_string(self.filename), "FirstLine: %d" % lineno]
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

    def check(self):
        self.w.check(self.ctx.handler.add)

    def op(self, expr, node=None):
        """Emit a fallible runtime call returning (Object, exc); return its temp."""
        if node is not None:
            self.set_line(node)
        tmp = self.w.temp()
        self.w.emit("%s, e = %s" % (tmp, expr))
        self.check()
        return tmp

    def op_exc(self, expr, node=None):
        """Emit a runtime call returning only an exception."""
        if node is not None:
            self.set_line(node)
        self.w.emit("e = %s" % expr)
        self.check()

    def op_bool(self, expr, node=None):
        if node is not None:
            self.set_line(node)
        tmp = self.w.temp("bool", "b")
        self.w.emit("%s, e = %s" % (tmp, expr))
        self.check()
        return tmp

    def raise_new(self, expr):
        """Raise a runtime-built exception at the current line."""
        self.w.emit("e = %s" % expr)
        self.w.goto(self.ctx.handler.add)

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
        for s in stmts:
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
        for name, expr in self.const_decls:
            out.append("\t%s = %s" % (name, expr))
        for name, expr in self.codes:
            out.append("\t%s = %s" % (name, expr))
        out.append(")")
        out.append("")
        out.append("func init() {")
        out.append("\trt.RegisterModule(&rt.ModuleSpec{Name: %s, File: %s, IsPackage: %s, Body: body})" % (
            go_string(self.regname), go_string(self.filename), str(self.is_package).lower()))
        out.append("}")
        out.append("")
        out.append(body)
        out.append("")
        return "\n".join(out)


def lower(source, filename, modname, is_package=False, regname=None):
    tree = ast.parse(source, filename)
    lw = Lowerer(tree, source, filename, modname, is_package)
    lw.regname = regname or modname
    return lw.lower_module()
