"""Grumpy's stand-in for CPython's C decimal module, _decimal.

CPython's decimal.py imports _decimal (libmpdec) and falls back to the
pure-Python _pydecimal. Grumpy has no C module; this one is a second,
independent copy of _pydecimal (its code run again with its own classes,
contexts and globals, as _pickle and _datetime are copies of pickle.py and
datetime.py) adjusted in place to the C module's observable surface, so that
`import decimal` behaves as under CPython and `_pydecimal` (what decimal.py
gives when _decimal is blocked) stays the unchanged pure-Python module.
test_decimal tests the two side by side.

What the adjustment changes, as the C module does:

- a trapped signal raises with the list of conditions as its argument
  (`InvalidOperation: [<class 'decimal.ConversionSyntax'>]`), not a prose
  explanation; an operation runs to its end and raises once, with every
  trapped condition, as libmpdec's do;
- Context.flags and Context.traps are SignalDicts holding booleans, iterated
  in the C module's signal order, and a context's repr lists signals in
  libmpdec's order;
- attribute validation, conversions and constructors use the C messages
  and argument rules (Context's eight parameters, a SignalDict made by
  calling its type is invalid, int and float subclasses convert by value,
  C ssize_t arguments, __format__'s override dict);
- the constructor converts exactly within libmpdec's largest context, and
  exact results are found at precisions such as MAX_PREC;
- coefficients have no int <-> str digit limit;
- __sizeof__ counts libmpdec's words; inspect.signature() gives the C
  signatures;
- the classes' names in messages are "decimal.Decimal" and "decimal.Context".
"""

import sys as _sys


def _pure_copy():
    """A fresh _pydecimal module object, not left in sys.modules."""
    outer = _sys.modules.pop('_pydecimal', None)
    try:
        import _pydecimal as copy
    finally:
        if outer is not None:
            _sys.modules['_pydecimal'] = outer
        else:
            _sys.modules.pop('_pydecimal', None)
    return copy


from collections.abc import MutableMapping as _MutableMapping
import threading as _threading
import math as _math


import builtins as _builtins

_int = _builtins.int
_str = _builtins.str


# libmpdec converts between coefficients and integers of any size; CPython
# limits int <-> str conversions of more than sys.get_int_max_str_digits()
# digits (at least 640), which _pydecimal's code does for every coefficient.
# The copy's globals `int` and `str` are these stand-ins: the builtin types
# for isinstance() and for small values, conversions in pieces otherwise.

def _digits_of(n):
    """str(n) for an int n >= 0 of any size."""
    if n.bit_length() <= 2000:  # < 603 digits: under any limit
        return _str(n)
    k = (n.bit_length() * 3 // 10) // 2  # about half the digits
    hi, lo = divmod(n, 10 ** k)
    return _digits_of(hi) + _digits_of(lo).zfill(k) if hi else _digits_of(lo)


def _value_of(s):
    """int(s) for a string of decimal digits of any length."""
    if len(s) <= 600:
        return _int(s)
    k = len(s) // 2
    return _value_of(s[:k]) * 10 ** (len(s) - k) + _value_of(s[k:])


class _IntType(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, _int)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, _int)

    def __call__(cls, x=0, *args):
        if args or type(x) is not _str or len(x) <= 600:
            return _int(x, *args)
        x = x.strip()
        if x[:1] in '+-':
            return -_value_of(x[1:]) if x[0] == '-' else _value_of(x[1:])
        return _value_of(x)


class _StrType(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, _str)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, _str)

    def __call__(cls, *args, **kwargs):
        if len(args) == 1 and type(args[0]) is _int and not kwargs:
            x = args[0]
            if x.bit_length() > 2000:
                return '-' + _digits_of(-x) if x < 0 else _digits_of(x)
        return _str(*args, **kwargs)


class _Int(metaclass=_IntType):
    pass


class _Str(metaclass=_StrType):
    pass


def _adjust(pd):
    if getattr(pd, '_grumpy_c_surface', False):
        return
    pd._grumpy_c_surface = True

    Decimal, Context = pd.Decimal, pd.Context
    # The C module's signal order (signal_map), and libmpdec's order for a
    # context's repr (InvalidOperation stands for all its conditions).
    order = [pd.InvalidOperation, pd.FloatOperation, pd.DivisionByZero,
             pd.Overflow, pd.Underflow, pd.Subnormal, pd.Inexact, pd.Rounded,
             pd.Clamped]
    repr_order = [pd.Clamped, pd.InvalidOperation, pd.DivisionByZero,
                  pd.Inexact, pd.FloatOperation, pd.Overflow, pd.Rounded,
                  pd.Subnormal, pd.Underflow]
    bad_signal = ('valid values for signals are:\n'
                  '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                  '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                  '   Clamped]')
    bad_rounding = ('valid values for rounding are:\n'
                    '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                    '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                    '   ROUND_05UP]')
    MAX = pd.MAX_PREC

    class SignalDictMixin(_MutableMapping):
        # _values: {signal: bool} in the C module's order; None in a
        # SignalDict made by calling the type (the C one then belongs to no
        # context, and every operation on it fails).
        __slots__ = ('_values',)

        def __init__(self, *args, **kwargs):
            object.__setattr__(self, '_values', None)

        def _checked(self):
            values = self._values
            if values is None:
                raise ValueError('invalid signal dict')
            return values

        def __getitem__(self, key):
            values = self._checked()
            try:
                return values[key]
            except (KeyError, TypeError):
                raise KeyError(bad_signal) from None

        def __setitem__(self, key, value):
            values = self._checked()
            try:
                known = key in values
            except TypeError:
                known = False
            if not known:
                raise KeyError(bad_signal)
            values[key] = bool(value)

        def __delitem__(self, key):
            raise ValueError('signal keys cannot be deleted')

        def __iter__(self):
            return iter(self._checked())

        def __len__(self):
            return len(self._checked())

        def __contains__(self, key):
            values = self._checked()
            try:
                return key in values
            except TypeError:
                return False

        def __eq__(self, other):
            values = self._checked()
            if isinstance(other, SignalDictMixin):
                return values == other._checked()
            if isinstance(other, dict):
                # A dict of exactly the signals compares by truth values;
                # any other dict is not comparable.
                if len(other) != len(order):
                    return NotImplemented
                for s in order:
                    if s not in other:
                        return NotImplemented
                    if bool(other[s]) != values[s]:
                        return False
                return True
            return NotImplemented

        def __ne__(self, other):
            r = self.__eq__(other)
            return r if r is NotImplemented else not r

        __hash__ = None

        def __repr__(self):
            values = self._checked()
            return '{' + ', '.join('%r:%s' % kv for kv in values.items()) + '}'

        def copy(self):
            return dict(self._checked())

    SignalDictMixin.__module__ = 'decimal'
    SignalDictMixin.__qualname__ = 'SignalDictMixin'

    class SignalDict(SignalDictMixin):
        __slots__ = ()

    SignalDict.__module__ = 'abc'
    SignalDict.__qualname__ = 'SignalDict'

    def new_signal_dict(on=()):
        sd = SignalDict.__new__(SignalDict)
        values = dict.fromkeys(order, False)
        for s in on:
            values[s] = True
        object.__setattr__(sd, '_values', values)
        return sd

    def as_flags(value, allow_list):
        """The signals set in a Context() argument or a flags/traps value."""
        if isinstance(value, SignalDictMixin):
            return [s for s, v in value._values.items() if v]
        if allow_list and isinstance(value, list):
            for s in value:
                if s not in order and s not in pd._condition_map:
                    raise KeyError(bad_signal)
            return [pd._condition_map.get(s, s) for s in value]
        if not isinstance(value, dict):
            raise TypeError('argument must be a signal dict')
        if len(value) != len(order):
            raise KeyError('invalid signal dict')
        out = []
        for s in order:
            if s not in value:
                raise KeyError('invalid signal dict')
            if value[s]:
                out.append(s)
        return out

    def ssize(value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not -2**63 <= value < 2**63:
            raise OverflowError('Python int too large to convert to C ssize_t')
        return int(value)

    def ctx_setattr(self, name, value):
        if name == 'prec':
            value = ssize(value)
            if not 1 <= value <= MAX:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
            if value > HUGE_PREC:
                huge_precision()
        elif name == 'Emin':
            value = ssize(value)
            if not -MAX <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            value = ssize(value)
            if not 0 <= value <= MAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            value = ssize(value)
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name == 'rounding':
            if not isinstance(value, str) or value not in pd._rounding_modes:
                raise TypeError(bad_rounding)
        elif name in ('flags', 'traps'):
            on = as_flags(value, False)
            d = self.__dict__.get(name)
            if d is None:
                d = new_signal_dict()
                object.__setattr__(self, name, d)
            for s in order:
                d._values[s] = s in on
            return
        elif name != '_ignored_flags':
            raise AttributeError(
                "'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def ctx_delattr(self, name):
        raise AttributeError('context attributes cannot be deleted')

    ctx_params = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                  'flags', 'traps')

    def ctx_new_init(self, *args, **kwargs):
        # The C type's argument parsing and messages.
        if len(args) + len(kwargs) > len(ctx_params):
            raise TypeError('function takes at most %d %sarguments (%d given)'
                            % (len(ctx_params), 'keyword ' if kwargs else '',
                               len(args) + len(kwargs)))
        values = dict(zip(ctx_params, args))
        for name, value in kwargs.items():
            if name not in ctx_params:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % name)
            if name in values:
                raise TypeError("argument for function given by name ('%s') "
                                "and position (%d)"
                                % (name, ctx_params.index(name) + 1))
            values[name] = value
        ctx_init(self, **values)

    def ctx_init(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        try:
            dc = pd.DefaultContext
        except AttributeError:
            dc = None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else pd.ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (
            dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self._ignored_flags = []
        if traps is None:
            traps = dc.traps if dc else [pd.DivisionByZero, pd.Overflow,
                                         pd.InvalidOperation]
        object.__setattr__(self, 'traps', new_signal_dict(as_flags(traps, True)))
        object.__setattr__(self, 'flags', new_signal_dict(
            () if flags is None else as_flags(flags, True)))

    def ctx_repr(self):
        flags = [s.__name__ for s in repr_order if self.flags._values[s]]
        traps = [s.__name__ for s in repr_order if self.traps._values[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, ', '.join(flags),
                    ', '.join(traps)))

    def shallow_copy(self):
        # Shares flags and traps with self (the operations' scratch copies
        # must raise the caller's flags).
        nc = Context(self.prec, self.rounding, self.Emin, self.Emax,
                     self.capitals, self.clamp)
        nc._ignored_flags = self._ignored_flags
        object.__setattr__(nc, 'flags', self.flags)
        object.__setattr__(nc, 'traps', self.traps)
        return nc

    # An operation runs to its end, as libmpdec's do, collecting the trapped
    # conditions it meets; the outermost public call then raises the first
    # trapped signal (in the C module's order) with the list of them all.
    tls = _threading.local()
    conditions = [pd.InvalidOperation, pd.ConversionSyntax,
                  pd.DivisionImpossible, pd.DivisionUndefined,
                  pd.InvalidContext]

    def raise_error(self, condition, explanation=None, *args):
        error = pd._condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        self.flags._values[error] = True
        if not self.traps._values[error]:
            return condition().handle(self, *args)
        pending = getattr(tls, 'pending', None)
        if pending is None:
            raise error([condition])
        pending.append(condition)
        return condition().handle(self, *args)

    def raise_pending(pending):
        errors = {pd._condition_map.get(c, c) for c in pending}
        listed = [c for c in conditions if c in pending]
        listed += [s for s in order[1:] if s in errors]
        raise next(s for s in order if s in errors)(listed)

    def unlimited(e):
        """After the first operation that met CPython's limit on int <-> str
        conversions (which libmpdec does not have): the copy's code converts
        with _Int and _Str from then on (slower), and the operation runs
        again (operations change nothing but flags before they end)."""
        if pd.__dict__.get('int') is _Int or \
                'integer string conversion' not in _str(e):
            return False
        pd.int = _Int
        pd.str = _Str
        return True

    def unlimited_method(f):
        def method(*args, **kw):
            try:
                return f(*args, **kw)
            except ValueError as e:
                if not unlimited(e):
                    raise
                return f(*args, **kw)
        method.__name__ = f.__name__
        method.__qualname__ = f.__qualname__
        method.__doc__ = f.__doc__
        method.__wrapped_code__ = f
        return method

    def operation(f, ctx_index, rounding_index=None):
        def op(*args, **kw):
            if rounding_index is not None:
                if 'rounding' in kw:
                    rounding = kw['rounding']
                elif len(args) > rounding_index:
                    rounding = args[rounding_index]
                else:
                    rounding = None
                if rounding is not None and (not isinstance(rounding, str) or
                                             rounding not in pd._rounding_modes):
                    raise TypeError(bad_rounding)
            if ctx_index is not None:
                if 'context' in kw:
                    ctx = kw['context']
                elif len(args) > ctx_index:
                    ctx = args[ctx_index]
                else:
                    ctx = None
                if ctx is not None and not isinstance(ctx, Context):
                    raise TypeError('optional argument must be a context')
            if getattr(tls, 'pending', None) is not None:
                return f(*args, **kw)
            pending = tls.pending = []
            try:
                try:
                    r = f(*args, **kw)
                except ValueError as e:
                    if not unlimited(e):
                        raise
                    del pending[:]
                    r = f(*args, **kw)
            finally:
                tls.pending = None
            if pending:
                raise_pending(pending)
            return r
        op.__name__ = f.__name__
        op.__qualname__ = f.__qualname__
        op.__doc__ = f.__doc__
        op.__wrapped_code__ = f
        return op

    def wrap_operations(cls, names):
        for name in names:
            f = cls.__dict__[name]
            code = f.__code__
            params = code.co_varnames[:code.co_argcount]
            idx = params.index('context') if 'context' in params else None
            ridx = params.index('rounding') if 'rounding' in params else None
            setattr(cls, name, operation(f, idx, ridx))

    Context.__init__ = ctx_new_init
    Context.__setattr__ = ctx_setattr
    Context.__delattr__ = ctx_delattr
    Context.__repr__ = ctx_repr
    Context._shallow_copy = shallow_copy

    def ctx_copy(self):
        nc = Context(self.prec, self.rounding, self.Emin, self.Emax,
                     self.capitals, self.clamp, self.flags, self.traps)
        nc._ignored_flags = self._ignored_flags
        return nc

    ctx_copy.__doc__ = Context.copy.__doc__
    Context.copy = Context.__copy__ = ctx_copy
    Context._raise_error = raise_error
    Context.__hash__ = object.__hash__  # the C type's identity hash

    def check_context(context, what='optional argument must be a context'):
        if context is not None and not isinstance(context, Context):
            raise TypeError(what)

    # Conversions of operands: the C module's messages.
    def convert_other(other, raiseit=False, allow_float=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if allow_float and isinstance(other, float):
            return Decimal.from_float(other)
        if raiseit:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(other).__name__)
        return NotImplemented

    pd._convert_other = convert_other

    dec_new = Decimal.__new__
    SSIZE_MIN, SSIZE_MAX = -2**63, 2**63 - 1

    def as_input(value):
        """A constructor's argument, checked and normalized as the C module
        does: its messages, and the values of int and float subclasses (not
        what their overridden methods say)."""
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if not isinstance(sign, int) or sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if isinstance(exp, str):
                if exp not in ('F', 'n', 'N'):
                    raise ValueError("string argument in the third position "
                                     "must be 'F', 'n' or 'N'")
            elif not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            elif not SSIZE_MIN <= exp <= SSIZE_MAX:
                raise OverflowError(
                    'Python int too large to convert to C ssize_t')
            if exp != 'F':
                if not isinstance(digits, (tuple, list)):
                    raise ValueError('coefficient must be a tuple of digits')
                for d in digits:
                    if not isinstance(d, int) or not 0 <= d <= 9:
                        raise ValueError('coefficient must be a tuple of digits')
            return value
        if isinstance(value, (str, Decimal)):
            return value
        if isinstance(value, int):
            return value if type(value) is int else int.__index__(value)
        if isinstance(value, float):
            return value if type(value) is float else float.__float__(value)
        if isinstance(value, pd._WorkRep):
            return value
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    def new(cls, value="0", context=None):
        if context is not None:
            check_context(context)
        t = type(value)
        if t is not str and t is not int and t is not Decimal:
            value = as_input(value)
        r = dec_new(cls, value, context)
        # The constructor converts exactly, within libmpdec's largest
        # context (MAX_PREC, MAX_EMAX, MIN_ETINY): a value that would need
        # rounding or clamping there is an invalid operation.
        if not r._is_special and t is not int and t is not Decimal and (
                r._exp < pd.MIN_ETINY or
                r._exp + len(r._int) - 1 > pd.MAX_EMAX) and \
                isinstance(value, (str, tuple, list)):
            if context is None:
                context = pd.getcontext()
            r = context._raise_error(pd.InvalidOperation)
            if cls is not Decimal:
                r = dec_new(cls, r)
        return r

    new.__doc__ = dec_new.__doc__
    Decimal.__new__ = staticmethod(operation(new, None))

    def create_decimal(self, num="0"):
        # As _pydecimal's, without the constructor's exactness check.
        num = as_input(num)
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_error(pd.ConversionSyntax)
        d = dec_new(Decimal, num, self)
        if d._isnan() and len(d._int) > self.prec - self.clamp:
            return self._raise_error(pd.ConversionSyntax)
        return d._fix(self)

    create_decimal.__doc__ = Context.create_decimal.__doc__
    Context.create_decimal = create_decimal

    def nonfinite(self):
        if self._isnan():
            raise ValueError('cannot convert NaN to integer')
        raise OverflowError('cannot convert Infinity to integer')

    dec_int = Decimal.__int__

    def to_int(self):
        if self._is_special:
            nonfinite(self)
        return dec_int(self)

    Decimal.__int__ = Decimal.__trunc__ = unlimited_method(to_int)

    for name in ('__floor__', '__ceil__'):
        def rounder(self, _f=getattr(Decimal, name)):
            if self._is_special:
                nonfinite(self)
            return _f(self)
        rounder.__name__ = name
        setattr(Decimal, name, unlimited_method(rounder))

    dec_round = Decimal.__round__

    def round_(self, n=None):
        if n is None:
            if self._is_special:
                nonfinite(self)
        elif not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        elif not SSIZE_MIN <= n <= SSIZE_MAX:
            raise OverflowError('Python int too large to convert to C ssize_t')
        return dec_round(self, n)

    round_.__doc__ = dec_round.__doc__
    Decimal.__round__ = round_

    dec_float = Decimal.__float__

    def to_float(self):
        if self.is_snan():
            raise ValueError('cannot convert signaling NaN to float')
        return dec_float(self)

    Decimal.__float__ = to_float

    dec_hash = Decimal.__hash__

    def hash_(self):
        if self.is_snan():
            raise TypeError('Cannot hash a signaling NaN value')
        return dec_hash(self)

    Decimal.__hash__ = unlimited_method(hash_)
    Decimal.as_integer_ratio = unlimited_method(Decimal.as_integer_ratio)

    def sizeof(self):
        # libmpdec's: the object with room for 4 words of 19 digits, plus
        # the words of a longer coefficient.
        words = (len(self._int) + 18) // 19 if not self._is_special else 0
        return 104 + (8 * words if words > 4 else 0)

    Decimal.__sizeof__ = sizeof

    dec_from_float = Decimal.from_float.__func__

    def float_input(f):
        if isinstance(f, float):
            return f if type(f) is float else float.__float__(f)
        if isinstance(f, int):
            return f if type(f) is int else int.__index__(f)
        raise TypeError('argument must be int or float')

    def from_float(cls, f):
        return dec_from_float(cls, float_input(f))

    from_float.__doc__ = dec_from_float.__doc__
    Decimal.from_float = classmethod(from_float)

    ctx_from_float = Context.create_decimal_from_float

    def create_decimal_from_float(self, f):
        return ctx_from_float(self, float_input(f))

    create_decimal_from_float.__doc__ = ctx_from_float.__doc__
    Context.create_decimal_from_float = create_decimal_from_float

    dec_format = Decimal.__format__
    import locale as _locale

    def override_conv(override, spec):
        """The separators and grouping a format uses with the C module's
        override dict (grouping: a string of group sizes), as _pydecimal's
        format spec holds them."""
        if spec.rstrip()[-1:] == 'n':
            conv = _locale.localeconv()
            conv = {'decimal_point': conv['decimal_point'],
                    'thousands_sep': conv['thousands_sep'],
                    'grouping': conv['grouping']}
        elif ',' in spec:
            conv = {'decimal_point': '.', 'thousands_sep': ',',
                    'grouping': [3, 0]}
        else:
            # libmpdec has no decimal point here unless the dict gives one.
            conv = {'decimal_point': '', 'thousands_sep': '', 'grouping': []}
        for key in ('decimal_point', 'thousands_sep'):
            if key in override:
                v = override[key]
                if not isinstance(v, str):
                    raise TypeError('expected str')  # not C's exact message
                conv[key] = v
        if 'grouping' in override:
            g = override['grouping']
            if not isinstance(g, str):
                raise TypeError('expected str')
            sizes = [ord(c) for c in g.split('\0', 1)[0]]
            if any(n > 127 for n in sizes):
                raise ValueError('invalid override dict')
            if sizes and sizes[-1] != _locale.CHAR_MAX:
                sizes.append(0)
            conv['grouping'] = sizes
        if not 1 <= len(conv['decimal_point'].encode()) <= 4 or \
                len(conv['thousands_sep'].encode()) > 4:
            raise ValueError('invalid override dict')
        return conv

    parse_spec = pd._parse_format_specifier

    def parse_spec_override(format_spec, _localeconv=None):
        spec = parse_spec(format_spec, _localeconv)
        conv = getattr(tls, 'format_conv', None)
        if conv is not None:
            spec.update(conv)
        return spec

    pd._parse_format_specifier = parse_spec_override

    def format_(self, specifier, override=None):
        if not isinstance(specifier, str):
            raise TypeError('format arg must be str')
        if override is not None and not isinstance(override, dict):
            raise TypeError('optional argument must be a dict')
        if len(specifier) > 18:
            m = pd._parse_format_specifier_regex.match(specifier)
            if m is not None:
                for n in (m.group('minimumwidth'), m.group('precision')):
                    if n and int(n) > SSIZE_MAX:
                        raise ValueError('invalid format string')
                    if n and int(n) > pd.MAX_PREC:
                        raise ValueError('format specification exceeds '
                                         'internal limits of _decimal')
        try:
            if override is None:
                return dec_format(self, specifier)
            # _pydecimal reads a localeconv() for 'n' only; the override
            # applies to every type.
            parse_spec(specifier, {'decimal_point': '.', 'grouping': [],
                                   'thousands_sep': ''})  # spec errors first
            tls.format_conv = override_conv(override, specifier)
            try:
                return dec_format(self, specifier)
            finally:
                tls.format_conv = None
        except ValueError as e:
            if str(e).startswith('Invalid format specifier'):
                raise ValueError('invalid format string') from None
            raise

    Decimal.__format__ = format_

    # libmpdec finds exact results without working at the context's full
    # precision; _pydecimal's division, square root and power compute
    # 10**prec-sized numbers first, which never ends at precisions such
    # as MAX_PREC. At such precisions, exact results are found directly.
    HUGE_PREC = 100000
    isqrt, gcd = _math.isqrt, _math.gcd

    def ten_factors(d):
        """(x, y) with d == 2**x * 5**y, or None."""
        x = (d & -d).bit_length() - 1
        d >>= x
        y = 0
        while d % 5 == 0:
            d //= 5
            y += 1
        return (x, y) if d == 1 else None

    def huge_precision():
        """Installs the exact paths below, the first time a context's
        precision exceeds HUGE_PREC (other programs do not pay for them)."""
        if Decimal._divide is divide:
            return
        Decimal.__truediv__ = operation(truediv, 2)
        Decimal._divide = divide
        Decimal.sqrt = operation(sqrt, 1)
        Decimal.sqrt.__wrapped__ = sig_context
        Decimal._power_exact = power_exact

    dec_truediv = Decimal.__truediv__

    def truediv(self, other, context=None):
        if context is None:
            context = pd.getcontext()
        if context.prec > HUGE_PREC:
            o = pd._convert_other(other)
            if o is not NotImplemented and not self._is_special and \
                    not o._is_special and self and o:
                a, b = int(self._int), int(o._int)
                g = gcd(a, b)
                xy = ten_factors(b // g)
                if xy is not None:
                    k = max(xy)
                    coeff = a // g * (10 ** k // (b // g))
                    digits = str(coeff)
                    if len(digits) <= context.prec:
                        ans = pd._dec_from_triple(self._sign ^ o._sign, digits,
                                                  self._exp - o._exp - k)
                        return ans._fix(context)
        return dec_truediv(self, other, context)

    truediv.__doc__ = dec_truediv.__doc__

    dec_divide = Decimal._divide

    def divide(self, other, context):
        # The quotient's digits are about the exponents' difference: a
        # precision just above it gives the same quotient and remainder.
        if context.prec > HUGE_PREC:
            need = self.adjusted() - other.adjusted() + 2
            if need < HUGE_PREC:
                context = context._shallow_copy()
                object.__setattr__(context, 'prec', max(need, 1))
        return dec_divide(self, other, context)


    dec_sqrt = Decimal.sqrt

    def sqrt(self, context=None):
        if context is None:
            context = pd.getcontext()
        if context.prec > HUGE_PREC and not self._is_special and self and \
                not self._sign:
            c, e = int(self._int), self._exp
            if e & 1:
                c *= 10
            r = isqrt(c)
            if r * r == c:
                digits = str(r)
                if len(digits) <= context.prec:
                    return pd._dec_from_triple(0, digits, e >> 1)._fix(context)
        return dec_sqrt(self, context)

    sqrt.__doc__ = dec_sqrt.__doc__

    dec_power_exact = Decimal._power_exact

    def power_exact(self, other, p):
        # Exact powers this large are out of reach anyway.
        return dec_power_exact(self, other, min(p, HUGE_PREC))


    wrap_operations(Decimal, [n for n, v in list(vars(Decimal).items())
                              if callable(v) and not n.startswith('_') and n not in (
                                  'adjusted', 'canonical', 'conjugate', 'is_canonical',
                                  'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_signed',
                                  'is_snan', 'is_zero', 'radix', 'as_tuple',
                                  'as_integer_ratio', 'copy_abs', 'copy_negate')])
    wrap_operations(Decimal, [
        '__eq__', '__lt__', '__le__', '__gt__', '__ge__', '__neg__', '__pos__',
        '__abs__', '__add__', '__radd__', '__sub__', '__rsub__', '__mul__',
        '__rmul__', '__truediv__', '__rtruediv__', '__divmod__', '__rdivmod__',
        '__mod__', '__rmod__', '__floordiv__', '__rfloordiv__', '__pow__',
        '__rpow__', '__round__'])
    wrap_operations(Context, [n for n, v in list(vars(Context).items())
                              if callable(v) and not n.startswith('_') and n not in (
                                  'clear_flags', 'clear_traps', 'copy', 'Etiny', 'Etop',
                                  'radix')])

    # The C functions' signatures, as inspect.signature() reports them: it
    # follows __wrapped__ to these (self is positional-only, and so are
    # the Context methods' operands, named x, y, z).
    def sig_self(self, /): pass
    def sig_context(self, /, context=None): pass
    def sig_other(self, /, other, context=None): pass
    def sig_third(self, /, other, third, context=None): pass
    def sig_rounding(self, /, rounding=None, context=None): pass
    def sig_quantize(self, /, exp, rounding=None, context=None): pass
    def sig_x(self, x, /): pass
    def sig_xy(self, x, y, /): pass
    def sig_xyz(self, x, y, z, /): pass
    def sig_num(self, num='0', /): pass
    def sig_f(self, f, /): pass
    def sig_power(self, /, a, b, modulo=None): pass
    def sig_new(cls, value='0', context=None): pass
    def sig_init(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None): pass
    def sig_setcontext(context, /): pass

    shapes = {
        (Decimal, ('self',)): sig_self,
        (Decimal, ('self', 'context')): sig_context,
        (Decimal, ('self', 'other', 'context')): sig_other,
        (Decimal, ('self', 'other', 'third', 'context')): sig_third,
        (Decimal, ('self', 'rounding', 'context')): sig_rounding,
        (Decimal, ('self', 'exp', 'rounding', 'context')): sig_quantize,
        (Context, ('self',)): sig_self,
        (Context, ('self', 'a')): sig_x,
        (Context, ('self', 'a', 'b')): sig_xy,
        (Context, ('self', 'a', 'b', 'c')): sig_xyz,
        (Context, ('self', 'num')): sig_num,
        (Context, ('self', 'f')): sig_f,
        (Context, ('self', 'a', 'b', 'modulo')): sig_power,
    }
    for cls in (Decimal, Context):
        for name, f in list(vars(cls).items()):
            if name.startswith('_') or not callable(f) or isinstance(f, type):
                continue
            code = getattr(getattr(f, '__wrapped_code__', f), '__code__', None)
            if code is None:
                continue
            sig = shapes.get((cls, code.co_varnames[:code.co_argcount]))
            if sig is not None:
                f.__wrapped__ = sig
    Decimal.__new__.__wrapped__ = sig_new
    Context.__init__.__wrapped__ = sig_init

    pd._ContextManager.__name__ = pd._ContextManager.__qualname__ = 'ContextManager'

    set_context = pd.setcontext

    def setcontext(context):
        if not isinstance(context, Context):
            raise TypeError('argument must be a context')
        set_context(context)

    setcontext.__doc__ = set_context.__doc__
    setcontext.__wrapped__ = sig_setcontext
    pd.setcontext = setcontext

    local_context = pd.localcontext

    def localcontext(ctx=None, **kwargs):
        check_context(ctx)
        return local_context(ctx, **kwargs)

    localcontext.__doc__ = local_context.__doc__
    pd.localcontext = localcontext

    try:
        import _grumpy
    except ImportError:
        pass
    else:
        _grumpy.set_type_name(Decimal, 'decimal.Decimal')
        _grumpy.set_type_name(Context, 'decimal.Context')

    # The module-level contexts were made before the adjustment.
    for name in ('DefaultContext', 'BasicContext', 'ExtendedContext'):
        old = getattr(pd, name)
        object.__setattr__(old, 'traps', new_signal_dict(
            [s for s, v in dict.items(old.traps) if v]))
        object.__setattr__(old, 'flags', new_signal_dict(
            [s for s, v in dict.items(old.flags) if v]))
    try:
        cur = pd._current_context_var.get()
    except LookupError:
        pass
    else:
        if not isinstance(cur.flags, SignalDictMixin):
            pd._current_context_var.set(Context())


_pd = _pure_copy()
_adjust(_pd)

__doc__ = 'C decimal arithmetic module'
__version__ = _pd.__version__
__libmpdec_version__ = '2.5.1'  # the libmpdec CPython 3.11's _decimal reports

Decimal = _pd.Decimal
Context = _pd.Context
DecimalTuple = _pd.DecimalTuple
DecimalException = _pd.DecimalException
Clamped = _pd.Clamped
InvalidOperation = _pd.InvalidOperation
ConversionSyntax = _pd.ConversionSyntax
DivisionByZero = _pd.DivisionByZero
DivisionImpossible = _pd.DivisionImpossible
DivisionUndefined = _pd.DivisionUndefined
Inexact = _pd.Inexact
InvalidContext = _pd.InvalidContext
Rounded = _pd.Rounded
Subnormal = _pd.Subnormal
Overflow = _pd.Overflow
Underflow = _pd.Underflow
FloatOperation = _pd.FloatOperation
DefaultContext = _pd.DefaultContext
BasicContext = _pd.BasicContext
ExtendedContext = _pd.ExtendedContext
getcontext = _pd.getcontext
setcontext = _pd.setcontext
localcontext = _pd.localcontext
MAX_PREC = _pd.MAX_PREC
MAX_EMAX = _pd.MAX_EMAX
MIN_EMIN = _pd.MIN_EMIN
MIN_ETINY = _pd.MIN_ETINY
HAVE_THREADS = _pd.HAVE_THREADS
HAVE_CONTEXTVAR = _pd.HAVE_CONTEXTVAR
ROUND_DOWN = _pd.ROUND_DOWN
ROUND_HALF_UP = _pd.ROUND_HALF_UP
ROUND_HALF_EVEN = _pd.ROUND_HALF_EVEN
ROUND_CEILING = _pd.ROUND_CEILING
ROUND_FLOOR = _pd.ROUND_FLOOR
ROUND_UP = _pd.ROUND_UP
ROUND_HALF_DOWN = _pd.ROUND_HALF_DOWN
ROUND_05UP = _pd.ROUND_05UP

del _adjust, _pure_copy, _MutableMapping, _threading, _math, _pd, _sys
