# multiprocessing Queue, JoinableQueue, SimpleQueue and Pipe between processes.
import multiprocessing as mp
import queue


def produce(q, n):
    for i in range(n):
        q.put({"i": i, "sq": i * i})
    q.put(None)


def consume(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


def echo(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(("echo", msg))
    conn.close()


def send_bytes(conn):
    conn.send_bytes(b"0123456789", 2, 5)
    conn.send_bytes(bytearray(b"xyz"))
    conn.close()


def simple(sq):
    sq.put(sq.get() + 1)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 4))
    p.start()
    got = []
    while (item := q.get(timeout=20)) is not None:
        got.append(item)
    p.join()
    print(got)
    try:
        q.get(timeout=0.05)
    except queue.Empty as e:
        print("Empty", type(e).__name__)
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty nowait")
    q.put("local")
    print(q.get(timeout=20), q.empty())
    q.close()
    q.join_thread()

    bq = mp.Queue(maxsize=1)
    bq.put(1)
    try:
        bq.put(2, timeout=0.05)
    except queue.Full:
        print("Full")
    print(bq.get(timeout=20), bq.full())

    jq, out = mp.JoinableQueue(), mp.Queue()
    p = mp.Process(target=consume, args=(jq, out))
    p.start()
    for i in range(3):
        jq.put(i)
    jq.put(None)
    jq.join()
    print("joined", sorted(out.get(timeout=20) for _ in range(3)))
    p.join()

    sq = mp.SimpleQueue()
    p = mp.Process(target=simple, args=(sq,))
    sq.put(41)
    p.start()
    p.join()
    print("simple", sq.get(), sq.empty())
    sq.close()

    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    for msg in (1, "two", [3.0, None], {"k": (4, 5)}):
        a.send(msg)
        print(a.recv())
    print(a.poll(0.01))
    a.send("stop")
    print(a.recv())
    p.join()
    try:
        a.recv()
    except EOFError as e:
        print("EOFError", e)
    a.close()
    try:
        a.send(1)
    except OSError as e:
        print(type(e).__name__, e)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=send_bytes, args=(w,))
    p.start()
    w.close()
    print(r.recv_bytes(), r.recv_bytes())
    buf = bytearray(8)
    try:
        r.recv_bytes_into(buf)
    except EOFError:
        print("EOF on bytes")
    p.join()
    try:
        r.send(1)
    except OSError as e:
        print(type(e).__name__, e)
    print(r.readable, r.writable, w.closed)
