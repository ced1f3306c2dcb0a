// Package pyast parses Python 3.11 source at run time, for exec, eval and
// compile in compiled programs (no CPython is present then). Its tree
// mirrors CPython's ast module node for node, so the evaluator built on it
// (package interp) can follow the same rules as the build-time compiler.
//
// Map: token.go (tokenizer: indentation, strings, numbers), parser.go
// (statements), parse_expr.go (expressions), parse_pattern.go (match
// patterns), fstring.go (f-string bodies), errors.go (SyntaxError).
package pyast

// Pos is a node's source position (1-based line, 0-based column, as ast).
type Pos struct {
	Line, Col, EndLine, EndCol int
}

// Node is any AST node.
type Node interface{ Position() Pos }

// Expr is an expression node; Stmt a statement node.
type (
	Expr interface {
		Node
		exprNode()
	}
	Stmt interface {
		Node
		stmtNode()
	}
	Pattern interface {
		Node
		patternNode()
	}
)

// Position implements Node.
func (p Pos) Position() Pos { return p }

// ExprContext is Load, Store or Del.
type ExprContext int

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// Expressions.
type (
	BoolOp struct {
		Pos
		Op     string // "and" | "or"
		Values []Expr
	}
	NamedExpr struct {
		Pos
		Target *Name
		Value  Expr
	}
	BinOp struct {
		Pos
		Left  Expr
		Op    string // + - * / // % ** << >> & | ^ @
		Right Expr
	}
	UnaryOp struct {
		Pos
		Op      string // not - + ~
		Operand Expr
	}
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}
	IfExp struct {
		Pos
		Test, Body, OrElse Expr
	}
	Dict struct {
		Pos
		Keys   []Expr // nil key: **value
		Values []Expr
	}
	Set struct {
		Pos
		Elts []Expr
	}
	ListComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	SetComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	DictComp struct {
		Pos
		Key, Value Expr
		Generators []*Comprehension
	}
	GeneratorExp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	Await struct {
		Pos
		Value Expr
	}
	Yield struct {
		Pos
		Value Expr // may be nil
	}
	YieldFrom struct {
		Pos
		Value Expr
	}
	Compare struct {
		Pos
		Left        Expr
		Ops         []string // < <= == != > >= in "not in" is "is not"
		Comparators []Expr
	}
	Call struct {
		Pos
		Func     Expr
		Args     []Expr // may contain *Starred
		Keywords []*Keyword
	}
	FormattedValue struct {
		Pos
		Value      Expr
		Conversion rune // 0, 's', 'r', 'a'
		FormatSpec Expr // *JoinedStr or nil
	}
	JoinedStr struct {
		Pos
		Values []Expr // *Constant (str) and *FormattedValue
	}
	Constant struct {
		Pos
		Value any // nil(None), bool, int64, *big.Int, float64, complex128, string, []byte, Ellipsis
		Kind  string
	}
	Attribute struct {
		Pos
		Value Expr
		Attr  string
		Ctx   ExprContext
	}
	Subscript struct {
		Pos
		Value Expr
		Slice Expr
		Ctx   ExprContext
	}
	Starred struct {
		Pos
		Value Expr
		Ctx   ExprContext
	}
	Name struct {
		Pos
		Id  string
		Ctx ExprContext
	}
	List struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
	Tuple struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}
	Slice struct {
		Pos
		Lower, Upper, Step Expr
	}
)

// EllipsisValue is the Constant value of `...`.
type EllipsisValue struct{}

// Comprehension is one `for ... in ... if ...` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// Keyword is a keyword argument (Arg "" means **value).
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg        string
	Annotation Expr
}

// Arguments is a parameter list.
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	VarArg      *Arg
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr // parallel to KwOnlyArgs; nil where no default
	KwArg       *Arg
	Defaults    []Expr // for the last len(Defaults) of PosOnlyArgs+Args
}

// Statements.
type (
	FunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr
		IsAsync       bool
	}
	ClassDef struct {
		Pos
		Name          string
		Bases         []Expr
		Keywords      []*Keyword
		Body          []Stmt
		DecoratorList []Expr
	}
	Return struct {
		Pos
		Value Expr
	}
	Delete struct {
		Pos
		Targets []Expr
	}
	Assign struct {
		Pos
		Targets []Expr
		Value   Expr
	}
	AugAssign struct {
		Pos
		Target Expr
		Op     string
		Value  Expr
	}
	AnnAssign struct {
		Pos
		Target     Expr
		Annotation Expr
		Value      Expr
		Simple     bool
	}
	For struct {
		Pos
		Target  Expr
		Iter    Expr
		Body    []Stmt
		OrElse  []Stmt
		IsAsync bool
	}
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		OrElse []Stmt
	}
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		OrElse []Stmt
	}
	With struct {
		Pos
		Items   []*WithItem
		Body    []Stmt
		IsAsync bool
	}
	Match struct {
		Pos
		Subject Expr
		Cases   []*MatchCase
	}
	Raise struct {
		Pos
		Exc, Cause Expr
	}
	Try struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		OrElse    []Stmt
		FinalBody []Stmt
		Star      bool
	}
	Assert struct {
		Pos
		Test, Msg Expr
	}
	Import struct {
		Pos
		Names []*Alias
	}
	ImportFrom struct {
		Pos
		Module string
		Names  []*Alias
		Level  int
	}
	Global struct {
		Pos
		Names []string
	}
	Nonlocal struct {
		Pos
		Names []string
	}
	ExprStmt struct {
		Pos
		Value Expr
	}
	Pass     struct{ Pos }
	Break    struct{ Pos }
	Continue struct{ Pos }
)

// WithItem is `expr [as target]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// ExceptHandler is an except clause.
type ExceptHandler struct {
	Pos
	Type Expr
	Name string
	Body []Stmt
}

// Alias is `name [as asname]` in an import.
type Alias struct {
	Pos
	Name   string
	AsName string
}

// MatchCase is one case block.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// Patterns.
type (
	MatchValue struct {
		Pos
		Value Expr
	}
	MatchSingleton struct {
		Pos
		Value any // nil, true, false
	}
	MatchSequence struct {
		Pos
		Patterns []Pattern
	}
	MatchMapping struct {
		Pos
		Keys     []Expr
		Patterns []Pattern
		Rest     string
	}
	MatchClass struct {
		Pos
		Cls         Expr
		Patterns    []Pattern
		KwdAttrs    []string
		KwdPatterns []Pattern
	}
	MatchStar struct {
		Pos
		Name string // "" for *_
	}
	MatchAs struct {
		Pos
		Pattern Pattern // nil for a capture or wildcard
		Name    string  // "" for _
	}
	MatchOr struct {
		Pos
		Patterns []Pattern
	}
)

// Module is a parsed file or exec string; Expression an eval string.
type (
	Module struct {
		Body []Stmt
	}
	Expression struct {
		Body Expr
	}
)

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Match) stmtNode()       {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
