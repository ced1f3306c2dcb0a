# -X dev / -X utf8 / -X warn_default_encoding in a child interpreter
import subprocess
import sys

CODE_ENC = r'''
import sys, io
print(sys.flags.dev_mode, sys.flags.utf8_mode, sys.flags.warn_default_encoding)
print(io.text_encoding(None), io.text_encoding('latin-1'))
'''

CODE_DEV = r'''
import sys
bad = 'Boom, Shaka Laka, Boom!'
for f in (lambda: ''.encode('ascii', bad), lambda: b''.decode('latin1', bad),
          lambda: 'abc'.encode('utf-8', bad), lambda: bytes('', 'ascii', bad),
          lambda: ''.encode(bad), lambda: b'x'.decode(errors=bad),
          lambda: ''.encode('ascii', 'surrogateescape'), lambda: open(sys.argv[1], errors=bad),
          lambda: open(sys.argv[1], encoding=bad)):
    try:
        r = f()
        print('ok', r if not hasattr(r, 'close') else 'file')
        if hasattr(r, 'close'):
            r.close()
    except LookupError as e:
        print(type(e).__name__, e)
'''

CODE_WARN = r'''
import io, sys
with open(sys.argv[1]) as f:
    pass
with open(sys.argv[1], encoding='utf-8') as f:
    pass
def helper():
    return io.text_encoding(None)
helper()
'''


def run(*args):
    p = subprocess.run([sys.executable] + list(args), capture_output=True, text=True)
    print(p.returncode)
    print(p.stdout, end='')
    for line in p.stderr.splitlines():
        if 'Warning' in line:
            print('stderr:', line)


run('-X', 'utf8=0', '-c', CODE_ENC)
run('-X', 'utf8=1', '-c', CODE_ENC)
run('-X', 'utf8', '-X', 'dev', '-c', CODE_ENC)
run('-X', 'warn_default_encoding', '-X', 'utf8=1', '-c', CODE_ENC)
run('-X', 'dev', '-c', CODE_DEV, __file__)
run('-c', CODE_DEV, __file__)
run('-X', 'warn_default_encoding', '-c', CODE_WARN, __file__)
