# http.server + urllib.request over a loopback socket: GET with headers, POST with a body, a 404 as HTTPError.
import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # keep stderr quiet

    def do_GET(self):
        if self.path.startswith("/missing"):
            self.send_error(404, "Nothing here")
            return
        body = json.dumps({"path": self.path, "agent": self.headers.get("User-Agent"),
                           "x-test": self.headers.get("X-Test"), "method": self.command}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Reply", "yes")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        data = self.rfile.read(n)
        reply = ("got %d bytes: %s" % (len(data), data.decode().upper())).encode()
        self.send_response(201, "Made")
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)


server = HTTPServer(("127.0.0.1", 0), Handler)
host, port = server.server_address
print("bound", host, port > 0)
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
base = "http://127.0.0.1:%d" % port

req = urllib.request.Request(base + "/hello?x=1", headers={"User-Agent": "grumpy-test/1.0", "X-Test": "abc"})
with urllib.request.urlopen(req, timeout=10) as resp:
    print(resp.status, resp.reason, resp.getcode())
    print(resp.headers["Content-Type"], resp.headers["X-Reply"], resp.headers.get("Content-Length"))
    data = json.loads(resp.read().decode())
    print(sorted(data.items()))

req = urllib.request.Request(base + "/submit", data=b"hello server", method="POST",
                             headers={"Content-Type": "text/plain"})
with urllib.request.urlopen(req, timeout=10) as resp:
    print(resp.status, resp.reason, resp.headers.get_content_charset())
    print(resp.read().decode("utf-8"))

# urlencoded POST through data= (method defaults to POST)
import urllib.parse
form = urllib.parse.urlencode({"a": "1", "b": "two words"}).encode("ascii")
with urllib.request.urlopen(base + "/form", data=form, timeout=10) as resp:
    print(resp.status, resp.read())

try:
    urllib.request.urlopen(base + "/missing/page", timeout=10)
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason, e.headers.get_content_type())
    body = e.read().decode()
    print("Nothing here" in body, "404" in body)
    print(str(e))
    e.close()

# a raw http.client exchange on the same server
import http.client
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/raw", headers={"X-Test": "raw"})
r = conn.getresponse()
print(r.status, r.reason, r.version, json.loads(r.read())["x-test"])
conn.request("POST", "/again", body=b"xyz")
r = conn.getresponse()
print(r.status, r.read())
conn.close()

server.shutdown()
server.server_close()
thread.join(10)
print("alive after shutdown:", thread.is_alive())

# ThreadingHTTPServer: one thread per request, several clients at once.
tserver = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
tthread = threading.Thread(target=tserver.serve_forever, daemon=True)
tthread.start()
tbase = "http://127.0.0.1:%d" % tserver.server_address[1]
results = []
lock = threading.Lock()


def fetch(i):
    req = urllib.request.Request(tbase + "/item/%d" % i, data=("n=%d" % i).encode(), method="POST")
    with urllib.request.urlopen(req, timeout=10) as resp:
        body = resp.read().decode()
    with lock:
        results.append((i, resp.status, body))


clients = [threading.Thread(target=fetch, args=(i,)) for i in range(4)]
for c in clients:
    c.start()
for c in clients:
    c.join(10)
for r in sorted(results):
    print(*r)
tserver.shutdown()
tserver.server_close()
tthread.join(10)
print("threading server stopped:", not tthread.is_alive())
