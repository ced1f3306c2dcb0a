def gostr(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '"\\': out.append('\\' + ch)
        elif 32 <= o < 127: out.append(ch)
        elif o < 0x10000: out.append('\\u%04x' % o)
        else: out.append('\\U%08x' % o)
    return '"' + ''.join(out) + '"'
