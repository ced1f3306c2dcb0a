package runtime

// Class-level None defaults of CPython 3.11's _ast classes (optional
// fields and end positions), which ast.dump relies on to leave them out;
// and __match_args__ (= _fields). Applied by initAst.

var astNoneDefaults = map[string][]string{
	"AnnAssign":        {"value"},
	"Assert":           {"msg"},
	"Assign":           {"type_comment"},
	"AsyncFor":         {"type_comment"},
	"AsyncFunctionDef": {"returns", "type_comment"},
	"AsyncWith":        {"type_comment"},
	"Constant":         {"kind"},
	"ExceptHandler":    {"type", "name"},
	"For":              {"type_comment"},
	"FormattedValue":   {"format_spec"},
	"FunctionDef":      {"returns", "type_comment"},
	"ImportFrom":       {"module", "level"},
	"MatchAs":          {"pattern", "name"},
	"MatchMapping":     {"rest"},
	"MatchStar":        {"name"},
	"Raise":            {"exc", "cause"},
	"Return":           {"value"},
	"Slice":            {"lower", "upper", "step"},
	"With":             {"type_comment"},
	"Yield":            {"value"},
	"alias":            {"asname", "end_lineno", "end_col_offset"},
	"arg":              {"annotation", "type_comment", "end_lineno", "end_col_offset"},
	"arguments":        {"vararg", "kwarg"},
	"excepthandler":    {"end_lineno", "end_col_offset"},
	"expr":             {"end_lineno", "end_col_offset"},
	"keyword":          {"arg", "end_lineno", "end_col_offset"},
	"match_case":       {"guard"},
	"stmt":             {"end_lineno", "end_col_offset"},
	"withitem":         {"optional_vars"},
}

func astClassDefaults(cls *Type, spec astClassSpec) {
	cls.Dict().SetStr("__match_args__", strTuple(spec.fields))
	for _, f := range astNoneDefaults[spec.name] {
		cls.Dict().SetStr(f, None)
	}
}

// AstNoneDefaults lists the fields of _ast class name that default to None.
func AstNoneDefaults(name string) []string { return astNoneDefaults[name] }
