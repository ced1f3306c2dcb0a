# multiprocessing.shared_memory (SharedMemory, ShareableList) between a
# parent and spawned children, and multiprocessing.Barrier.
import multiprocessing as mp
from multiprocessing import shared_memory


def child_write(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:5] = b"child"
    shm.buf[10] = shm.buf[0] + 1
    shm.close()


def child_list(sl):
    sl[0] = sl[0] * 10
    sl[2] = "changed"
    sl.shm.close()


def party(barrier, lock, out, i):
    r = barrier.wait(timeout=20)
    with lock:
        out.put((i, r >= 0))


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=64)
    try:
        print(shm.size >= 64, len(shm.buf) >= 64, shm.name == shm._name.lstrip("/"))
        shm.buf[0] = 1
        p = mp.Process(target=child_write, args=(shm.name,))
        p.start()
        p.join()
        print(p.exitcode, bytes(shm.buf[:5]), shm.buf[10])
        other = shared_memory.SharedMemory(shm.name)
        print(bytes(other.buf[:5]), other.size == shm.size)
        other.close()
    finally:
        shm.close()
        shm.unlink()
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    for args in [dict(create=True, size=-1), dict(create=True, size=0), dict(name=None, create=False)]:
        try:
            shared_memory.SharedMemory(**args)
        except Exception as e:
            print(type(e).__name__, e)

    sl = shared_memory.ShareableList([7, 2.5, "text", b"raw", None, True])
    try:
        print(list(sl), len(sl), sl.format)
        p = mp.Process(target=child_list, args=(sl,))
        p.start()
        p.join()
        print(p.exitcode, list(sl), sl.count(True), sl.index(2.5))
        try:
            sl[2] = "x" * 100
        except ValueError as e:
            print("ValueError", e)
    finally:
        sl.shm.close()
        sl.shm.unlink()

    barrier = mp.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    lock = mp.Lock()
    out = mp.Queue()
    ps = [mp.Process(target=party, args=(barrier, lock, out, i)) for i in range(2)]
    for q in ps:
        q.start()
    r = barrier.wait(timeout=20)
    got = sorted(out.get(timeout=20) for _ in range(2))
    for q in ps:
        q.join()
    print(r >= 0, got, [q.exitcode for q in ps])
    b2 = mp.Barrier(2, timeout=0.1)
    try:
        b2.wait()
    except Exception as e:
        print(type(e).__name__, b2.broken)
    b2.reset()
    print(b2.broken)
