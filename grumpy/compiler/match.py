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
            saved = getattr(self, "_captures", None)
            self._captures = {}
            try:
                self.pattern(case.pattern, subject, nxt)
                captures = self._captures
            finally:
                self._captures = saved
            # Names bind once the whole pattern has matched (CPython keeps
            # the captured values aside until then).
            for name, (tmp, pnode) in captures.items():
                self.store_name(name, tmp, pnode)
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

    def capture(self, name, value, node):
        """Set aside a captured value (every alternative of an or-pattern
        captures into the same temporary)."""
        ent = self._captures.get(name)
        if ent is None:
            ent = self._captures[name] = (self.w.temp(), node)
        self.w.emit("%s = %s" % (ent[0], value))

    def pattern_MatchAs(self, p, subj, fail):
        if p.pattern is not None:
            self.pattern(p.pattern, subj, fail)
        if p.name is not None:
            self.capture(p.name, subj, p)

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
        """CPython 3.11's compiler_pattern_sequence: after MATCH_SEQUENCE,
        a len() check; then nothing for all-wildcard patterns, indexing
        (len()-relative after the star) when the star is `*_`, else an
        unpack of exactly the items (a named star takes a list)."""
        w = self.w
        ok = self.op_bool("rt.MatchSequence(t, %s)" % subj, p)
        self.fail_unless(ok, fail)
        pats = p.patterns
        n = len(pats)
        star = next((i for i, s in enumerate(pats) if isinstance(s, ast.MatchStar)), -1)
        star_wild = star >= 0 and pats[star].name is None
        only_wild = all(is_wildcard(s) or (isinstance(s, ast.MatchStar) and s.name is None) for s in pats)
        if star < 0 or n > 1:
            ln = self.seq_len(subj, p)
            if star < 0:
                self.fail_unless("%s == %d" % (ln, n), fail)
            else:
                self.fail_unless("%s >= %d" % (ln, n - 1), fail)
        if only_wild:
            return
        if star_wild:
            for i, sub in enumerate(pats):
                if i == star or is_wildcard(sub):
                    continue
                if i < star:
                    key = self.const(i)
                else:
                    ln = self.seq_len(subj, p)
                    key = "rt.MakeInt(int64(%s - %d))" % (ln, n - i)
                item = self.op("rt.GetItem(t, %s, %s)" % (subj, key), p)
                self.pattern(sub, item, fail)
            return
        items = w.temp("[]rt.Object", "u")
        self.set_line(p)
        if star >= 0:
            w.emit("%s, e = rt.UnpackEx(t, %s, %d, %d)" % (items, subj, star, n - star - 1))
        else:
            w.emit("%s, e = rt.Unpack(t, %s, %d)" % (items, subj, n))
        self.check(p)
        for i, sub in enumerate(pats):
            if i == star:
                self.capture(sub.name, "%s[%d]" % (items, i), sub)
            else:
                self.pattern(sub, "%s[%d]" % (items, i), fail)

    def seq_len(self, subj, p):
        """len(subj) as a Go int (GET_LEN)."""
        ln = self.w.temp("int", "n")
        self.set_line(p)
        self.w.emit("%s, e = rt.Len(t, %s)" % (ln, subj))
        self.check(p)
        return ln

    def pattern_MatchMapping(self, p, subj, fail):
        """CPython 3.11: MATCH_MAPPING, len(subject) >= number of keys,
        MATCH_KEYS (all values through get(), duplicate keys checked when
        some key is not a literal), then the sub-patterns; `**rest` copies
        the subject without the keys."""
        w = self.w
        ok = self.op_bool("rt.MatchMapping(t, %s)" % subj, p)
        self.fail_unless(ok, fail)
        n = len(p.keys)
        keys = []
        if n:
            ln = self.seq_len(subj, p)
            self.fail_unless("%s >= %d" % (ln, n), fail)
            keys = [self.expr(k) for k in p.keys]
            check = n > 1 and not all(isinstance(k, ast.Constant) for k in p.keys)
            vals = w.temp("[]rt.Object", "u")
            self.set_line(p)
            w.emit("%s, e = rt.MatchKeys(t, %s, []rt.Object{%s}, %s)" % (
                vals, subj, ", ".join(keys), "true" if check else "false"))
            self.check(p)
            self.fail_unless("%s != nil" % vals, fail)
            for i, sub in enumerate(p.patterns):
                self.pattern(sub, "%s[%d]" % (vals, i), fail)
        if p.rest is not None:
            rest = self.op("rt.MatchMappingRest(t, %s, []rt.Object{%s})" % (subj, ", ".join(keys)), p)
            self.capture(p.rest, rest, p)

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


def is_wildcard(p):
    """`_` (CPython's WILDCARD_CHECK)."""
    return isinstance(p, ast.MatchAs) and p.pattern is None and p.name is None
