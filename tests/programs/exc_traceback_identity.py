# Traceback objects keep their identity as the exception propagates; split()/subgroup() share the group's.
def inner():
    raise ValueError("x")
def mid():
    try:
        inner()
    except ValueError as e:
        global saved
        saved = e.__traceback__
        raise
try:
    mid()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append(tb)
        tb = tb.tb_next
    print([t.tb_lineno for t in chain], [t.tb_frame.f_code.co_name for t in chain])
    print(saved is chain[1], saved.tb_next is chain[2])
    print(chain[2].tb_frame.f_back.f_code.co_name if chain[2].tb_frame.f_back else None)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except ExceptionGroup as eg:
        raise
except ExceptionGroup as eg:
    m, r = eg.split(ValueError)
    print(m.__traceback__ is eg.__traceback__, r.__traceback__ is eg.__traceback__)
    s = eg.subgroup(TypeError)
    print(s.__traceback__ is eg.__traceback__, s.__traceback__.tb_lineno)
