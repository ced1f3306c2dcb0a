# multiprocessing.Manager: proxies of a dict, list, Namespace, Queue and
# Lock shared with worker processes through the manager's server process.
import multiprocessing as mp


def worker(d, lst, ns, q, lock, i):
    with lock:
        d[i] = i * i
        lst.append(i)
        ns.total += i
    q.put(("done", i))


if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        lst = m.list()
        ns = m.Namespace(total=0)
        q = m.Queue()
        lock = m.Lock()
        ps = [mp.Process(target=worker, args=(d, lst, ns, q, lock, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(lst), ns.total)
        print(sorted(q.get(timeout=20) for _ in range(3)))
        d2 = m.dict({"a": 1})
        d2.update(b=2)
        print(sorted(d2.keys()), d2.get("c", "missing"), len(d2))
        try:
            d2["zz"]
        except KeyError as e:
            print(type(e).__name__, e)
        l2 = m.list(range(5))
        l2.reverse()
        print(l2[1:3], len(l2), l2.index(3))
        try:
            l2.index(99)
        except ValueError as e:
            print(type(e).__name__, e)
        ev = m.Event()
        ev.set()
        print(ev.is_set())
        v = m.Value("i", 7)
        v.value += 1
        print(v.value)
