for o in ['abc', '√', [1], (1,), {1}, {1: 2}, range(3), b'a', bytearray(b'a'), reversed([1]), iter({}.values())]:
    cls = type(iter(o))
    try: cls(); print(cls.__name__, 'created')
    except Exception as e: print(type(e).__name__, e)
