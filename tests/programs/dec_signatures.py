# inspect.signature() of the decimal module's C functions and methods.
import inspect
import decimal
from decimal import Decimal, Context

for f in (Decimal, Context, decimal.getcontext, decimal.setcontext,
          decimal.localcontext):
    print(getattr(f, '__name__', f), inspect.signature(f))
for name in ('exp', 'quantize', 'fma', 'compare', 'to_integral_value',
             'adjusted', 'as_tuple', 'copy_sign', 'is_normal', 'sqrt'):
    print('Decimal.' + name, inspect.signature(getattr(Decimal, name)))
for name in ('add', 'abs', 'fma', 'power', 'create_decimal',
             'create_decimal_from_float', 'copy', 'Etiny', 'divmod'):
    print('Context.' + name, inspect.signature(getattr(Context, name)))
c = Context(prec=9)
print(inspect.signature(c.add), c.add(Decimal(1), 2), c.power(a=2, b=10))
print(Decimal(7).quantize(exp=Decimal('0.01'), rounding=decimal.ROUND_UP))
