# Set displays of constants are folded by CPython into a frozenset constant
# first; colliding hashes (-1 and -2 both hash to -2) show the difference.
print({-1, -2, -2**61}, {3, 1, 2}, {"x"} | {"x"})
print({-1, -2}, {1, -1, -2, 2**61 - 2}, {(1, 2), (1, 2)}, len({0, 0.0, False}))
x = -1
print({x, -2, -2**61}, {y for y in (-1, -2)})
