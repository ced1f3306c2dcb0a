"""The match statement (PEP 634).

Each case compiles to a chain of tests that jump to the next case's label on
failure; capture patterns bind as they succeed (CPython too may leave names
bound by a case that fails later).
"""
import ast


class MatchMixin:
    def visit_Match(self, node):
        self.set_line(node)
        w = self.w
        subject = w.temp()
        w.emit("%s = %s" % (subject, self.expr(node.subject)))
        end = w.new_label("Lmatchend")
        for case in node.cases:
            nxt = w.new_label("Lcase")
            self.ctx.line = None
            self.set_line(case.pattern)
            self.pattern(case.pattern, subject, nxt)
            if case.guard is not None:
                ok = self.truth(case.guard)
                w.emit("if !%s {" % ok)
                w.emit("\tgoto %s" % w.use_label(nxt))
                w.emit("}")
            self.body(case.body)
            w.goto(end)
            w.label(nxt)
        w.label(end)
        self.ctx.line = None

    def fail_unless(self, cond, fail):
        self.w.emit("if !(%s) {" % cond)
        self.w.emit("\tgoto %s" % self.w.use_label(fail))
        self.w.emit("}")

    def pattern(self, p, subj, fail):
        m = getattr(self, "pattern_" + type(p).__name__, None)
        if m is None:
            self.unsupported("pattern " + type(p).__name__, p)
        m(p, subj, fail)

    def pattern_MatchValue(self, p, subj, fail):
        v = self.expr(p.value)
        ok = self.op_bool("rt.CompareBool(t, rt.CmpEQ, %s, %s)" % (subj, v), p)
        self.fail_unless(ok, fail)

    def pattern_MatchSingleton(self, p, subj, fail):
        self.fail_unless("rt.Is(%s, %s)" % (subj, self.const(p.value)), fail)

    def pattern_MatchAs(self, p, subj, fail):
        if p.pattern is not None:
            self.pattern(p.pattern, subj, fail)
        if p.name is not None:
            self.store_name(p.name, subj, p)

    def pattern_MatchOr(self, p, subj, fail):
        w = self.w
        ok = w.new_label("Lorok")
        for i, alt in enumerate(p.patterns):
            nxt = w.new_label("Lornext") if i < len(p.patterns) - 1 else fail
            self.pattern(alt, subj, nxt)
            w.goto(ok)
            if nxt != fail:
                w.label(nxt)
        w.label(ok)

    def pattern_MatchSequence(self, p, subj, fail):
        w = self.w
        ok = self.op_bool("rt.MatchSequence(t, %s)" % subj, p)
        self.fail_unless(ok, fail)
        stars = [i for i, s in enumerate(p.patterns) if isinstance(s, ast.MatchStar)]
        items = w.temp("[]rt.Object", "u")
        self.set_line(p)
        w.emit("%s, e = rt.SeqItems(t, %s)" % (items, subj))
        self.check()
        n = len(p.patterns)
        if stars:
            self.fail_unless("len(%s) >= %d" % (items, n - 1), fail)
            si = stars[0]
            for i, sub in enumerate(p.patterns):
                if i < si:
                    self.pattern(sub, "%s[%d]" % (items, i), fail)
                elif i > si:
                    self.pattern(sub, "%s[len(%s)-%d]" % (items, items, n - i), fail)
            star = p.patterns[si]
            if star.name is not None:
                lst = w.temp()
                w.emit("%s = rt.NewList(append([]rt.Object(nil), %s[%d:len(%s)-%d]...)...)" % (
                    lst, items, si, items, n - si - 1))
                self.store_name(star.name, lst, star)
        else:
            self.fail_unless("len(%s) == %d" % (items, n), fail)
            for i, sub in enumerate(p.patterns):
                self.pattern(sub, "%s[%d]" % (items, i), fail)

    def pattern_MatchMapping(self, p, subj, fail):
        w = self.w
        ok = self.op_bool("rt.MatchMapping(t, %s)" % subj, p)
        self.fail_unless(ok, fail)
        keys = []
        for k, sub in zip(p.keys, p.patterns):
            key = self.expr(k)
            keys.append(key)
            v = w.temp()
            found = w.temp("bool", "b")
            self.set_line(p)
            w.emit("%s, %s, e = rt.MatchMappingGet(t, %s, %s)" % (v, found, subj, key))
            self.check()
            self.fail_unless(found, fail)
            self.pattern(sub, v, fail)
        if p.rest is not None:
            rest = self.op("rt.MatchMappingRest(t, %s, []rt.Object{%s})" % (subj, ", ".join(keys)), p)
            self.store_name(p.rest, rest, p)

    def pattern_MatchClass(self, p, subj, fail):
        w = self.w
        cls = self.expr(p.cls)
        ok = self.op_bool("rt.MatchClass(t, %s, %s)" % (subj, cls), p)
        self.fail_unless(ok, fail)
        if p.patterns:
            items = w.temp("[]rt.Object", "u")
            self.set_line(p)
            w.emit("%s, e = rt.MatchClassArgs(t, %s, %s, %d, %s)" % (
                items, cls, subj, len(p.patterns), "[]string{%s}" % ", ".join('"%s"' % a for a in p.kwd_attrs)))
            self.check()
            self.fail_unless("%s != nil" % items, fail)
            for i, sub in enumerate(p.patterns):
                self.pattern(sub, "%s[%d]" % (items, i), fail)
        for attr, sub in zip(p.kwd_attrs, p.kwd_patterns):
            v = w.temp()
            found = w.temp("bool", "b")
            self.set_line(p)
            w.emit("%s, %s, e = rt.MatchAttr(t, %s, %s)" % (v, found, subj, self.name_const(attr)))
            self.check()
            self.fail_unless(found, fail)
            self.pattern(sub, v, fail)
