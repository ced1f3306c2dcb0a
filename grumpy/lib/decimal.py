"""Grumpy's decimal: CPython's pure-Python _pydecimal, made to behave as the
C module (_decimal) that `import decimal` gives under CPython.

CPython's decimal.py imports _decimal and falls back to _pydecimal; Grumpy has
no _decimal, so programs get _pydecimal, whose arithmetic is the same but
whose observable surface differs from the C module's in ways programs print:

- a trapped signal raises with the list of conditions as its argument
  (`InvalidOperation: [<class 'decimal.ConversionSyntax'>]`), not a prose
  explanation;
- Context.flags and Context.traps are SignalDicts holding booleans, iterated
  in the C module's signal order, and a context's repr lists signals in
  libmpdec's order;
- attribute validation, conversions and constructors use the C messages;
- the classes' names in messages are "decimal.Decimal" and "decimal.Context".

This module adjusts _pydecimal's classes in place (once) and re-exports it.
"""

import _pydecimal as _pd
from _pydecimal import *
from _pydecimal import __version__, __libmpdec_version__

# CPython's decimal module is the C one, whose docstring holds no examples.
__doc__ = 'C decimal arithmetic module'

from collections.abc import MutableMapping as _MutableMapping
import threading as _threading


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
        __slots__ = ('_values',)

        def __init__(self, values=()):
            object.__setattr__(self, '_values', dict.fromkeys(order, False))
            for s in values:
                self._values[s] = True

        def __getitem__(self, key):
            try:
                return self._values[key]
            except (KeyError, TypeError):
                raise KeyError(bad_signal) from None

        def __setitem__(self, key, value):
            if key not in self._values:
                raise KeyError(bad_signal)
            self._values[key] = bool(value)

        def __delitem__(self, key):
            raise ValueError('signal keys cannot be deleted')

        def __iter__(self):
            return iter(self._values)

        def __len__(self):
            return len(self._values)

        def __contains__(self, key):
            try:
                return key in self._values
            except TypeError:
                return False

        def __repr__(self):
            return '{' + ', '.join('%r:%s' % kv for kv in self._values.items()) + '}'

        def copy(self):
            return dict(self._values)

    SignalDictMixin.__module__ = 'decimal'
    SignalDictMixin.__qualname__ = 'SignalDictMixin'

    class SignalDict(SignalDictMixin):
        __slots__ = ()

    SignalDict.__module__ = 'abc'
    SignalDict.__qualname__ = 'SignalDict'

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
                d = SignalDict()
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

    def ctx_init(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 _ignored_flags=None):
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
        self._ignored_flags = [] if _ignored_flags is None else _ignored_flags
        if traps is None:
            traps = dc.traps if dc else [pd.DivisionByZero, pd.Overflow,
                                         pd.InvalidOperation]
        object.__setattr__(self, 'traps', SignalDict(as_flags(traps, True)))
        object.__setattr__(self, 'flags', SignalDict(
            [] if flags is None else as_flags(flags, True)))

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
                     self.capitals, self.clamp, None, None,
                     self._ignored_flags)
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
                r = f(*args, **kw)
            finally:
                tls.pending = None
            if pending:
                raise_pending(pending)
            return r
        op.__name__ = f.__name__
        op.__qualname__ = f.__qualname__
        op.__doc__ = f.__doc__
        return op

    def wrap_operations(cls, names):
        for name in names:
            f = cls.__dict__[name]
            code = f.__code__
            params = code.co_varnames[:code.co_argcount]
            idx = params.index('context') if 'context' in params else None
            ridx = params.index('rounding') if 'rounding' in params else None
            setattr(cls, name, operation(f, idx, ridx))

    Context.__init__ = ctx_init
    Context.__setattr__ = ctx_setattr
    Context.__delattr__ = ctx_delattr
    Context.__repr__ = ctx_repr
    Context._shallow_copy = shallow_copy
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

    def new(cls, value="0", context=None):
        check_context(context)
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
            if exp != 'F':
                if not isinstance(digits, (tuple, list)):
                    raise ValueError('coefficient must be a tuple of digits')
                for d in digits:
                    if not isinstance(d, int) or not 0 <= d <= 9:
                        raise ValueError('coefficient must be a tuple of digits')
        elif not isinstance(value, (str, int, float, Decimal, pd._WorkRep)):
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        return dec_new(cls, value, context)

    new.__doc__ = dec_new.__doc__
    Decimal.__new__ = staticmethod(operation(new, None))

    def nonfinite(self):
        if self._isnan():
            raise ValueError('cannot convert NaN to integer')
        raise OverflowError('cannot convert Infinity to integer')

    dec_int = Decimal.__int__

    def to_int(self):
        if self._is_special:
            nonfinite(self)
        return dec_int(self)

    Decimal.__int__ = Decimal.__trunc__ = to_int

    for name in ('__floor__', '__ceil__'):
        def rounder(self, _f=getattr(Decimal, name)):
            if self._is_special:
                nonfinite(self)
            return _f(self)
        rounder.__name__ = name
        setattr(Decimal, name, rounder)

    dec_round = Decimal.__round__

    def round_(self, n=None):
        if n is None:
            if self._is_special:
                nonfinite(self)
        elif not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
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

    Decimal.__hash__ = hash_

    dec_from_float = Decimal.from_float.__func__

    def from_float(cls, f):
        if not isinstance(f, (int, float)):
            raise TypeError('argument must be int or float')
        return dec_from_float(cls, f)

    from_float.__doc__ = dec_from_float.__doc__
    Decimal.from_float = classmethod(from_float)

    ctx_from_float = Context.create_decimal_from_float

    def create_decimal_from_float(self, f):
        if not isinstance(f, (int, float)):
            raise TypeError('argument must be int or float')
        return ctx_from_float(self, f)

    create_decimal_from_float.__doc__ = ctx_from_float.__doc__
    Context.create_decimal_from_float = create_decimal_from_float

    dec_format = Decimal.__format__

    def format_(self, specifier, context=None, _localeconv=None):
        if not isinstance(specifier, str):
            raise TypeError('format arg must be str')
        try:
            return dec_format(self, specifier, context, _localeconv)
        except ValueError as e:
            if str(e).startswith('Invalid format specifier'):
                raise ValueError('invalid format string') from None
            raise

    Decimal.__format__ = format_

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

    pd._ContextManager.__name__ = pd._ContextManager.__qualname__ = 'ContextManager'

    set_context = pd.setcontext

    def setcontext(context):
        if not isinstance(context, Context):
            raise TypeError('argument must be a context')
        set_context(context)

    setcontext.__doc__ = set_context.__doc__
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
        object.__setattr__(old, 'traps', SignalDict(
            [s for s, v in dict.items(old.traps) if v]))
        object.__setattr__(old, 'flags', SignalDict(
            [s for s, v in dict.items(old.flags) if v]))
    try:
        cur = pd._current_context_var.get()
    except LookupError:
        pass
    else:
        if not isinstance(cur.flags, SignalDictMixin):
            pd._current_context_var.set(Context())


_adjust(_pd)
setcontext = _pd.setcontext
localcontext = _pd.localcontext
__libmpdec_version__ = '2.5.1'  # the libmpdec CPython 3.11's _decimal reports
del _adjust, _MutableMapping, _threading, _pd
