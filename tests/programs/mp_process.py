# multiprocessing.Process: start/join/exitcode, names, arguments, errors.
import multiprocessing as mp
import sys
import time


def work(q, a, b=0, *, c=1):
    q.put((a, b, c, mp.current_process().name, mp.parent_process() is not None))


def exit_with(code):
    sys.exit(code)


def raise_it():
    raise ValueError("from the child")


def sleeper():
    time.sleep(30)


def nothing():
    pass


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=work, args=(q, 1), kwargs={"b": 2, "c": 3}, name="worker-1")
    print(p.name, p.is_alive(), p.exitcode, p.daemon)
    p.start()
    print(q.get(timeout=20))
    p.join()
    print(p.is_alive(), p.exitcode)

    for code in (0, 3, None, "text"):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r) ->" % (code,), p.exitcode)

    p = mp.Process(target=raise_it)
    p.start()
    p.join()
    print("exception ->", p.exitcode)

    p = mp.Process(target=sleeper, daemon=True)
    p.start()
    print(p.daemon, p.is_alive())
    p.terminate()
    p.join()
    print("terminated ->", p.exitcode, p.is_alive())

    p = mp.Process(target=sleeper)
    p.start()
    p.kill()
    p.join()
    print("killed ->", p.exitcode)

    p = mp.Process(target=nothing)
    try:
        p.join()
    except AssertionError as e:
        print(type(e).__name__, e)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print(type(e).__name__, e)
    p.join(timeout=20)
    print(p.exitcode, mp.active_children())
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print(type(e).__name__, e)

    print(mp.current_process().name, mp.parent_process())
    print(sorted(mp.get_all_start_methods())[0] in ("fork", "spawn"))
    try:
        mp.Process(target=nothing, bogus=1)
    except TypeError as e:
        print(type(e).__name__, e)
