# A thread that joins the main thread: it resumes when the main thread ends
# (threading._shutdown releases the main thread's state lock). Without a GIL
# the joiner can take that lock between the release and the main thread's
# own check that it is free; the check must still pass and the joiner run.
import sys
import threading
import time


out = threading.Lock()


def say(*args):
    with out:
        print(*args)
        sys.stdout.flush()


def joiner(main):
    main.join()
    say("joined main; main alive:", main.is_alive())


def join_twice(t):
    t.join()
    t.join(timeout=0)
    say("second join returns at once; alive:", t.is_alive())


worker = threading.Thread(target=lambda: time.sleep(0.01))
worker.start()
watchers = [threading.Thread(target=join_twice, args=(worker,)) for _ in range(3)]
for w in watchers:
    w.start()
for w in watchers:
    w.join()
print("worker alive:", worker.is_alive())

for _ in range(4):
    threading.Thread(target=joiner, args=(threading.current_thread(),)).start()
time.sleep(0.05)
print("end of main")

# Holding an ended thread's state lock keeps is_alive() true until it is
# released (threading's own protocol: is_alive polls the lock).
finish = threading.Lock()
finish.acquire()
t = threading.Thread(target=finish.acquire)
t.start()
lock = t._tstate_lock
print("taken while running:", lock.acquire(timeout=0))
finish.release()
print("taken after the end:", lock.acquire(timeout=5))
print("alive while held:", t.is_alive())
lock.release()
print("alive after release:", t.is_alive(), t._tstate_lock)
t.join()
