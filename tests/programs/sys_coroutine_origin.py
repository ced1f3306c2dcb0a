# sys.get/set_coroutine_origin_tracking_depth (asyncio's debug mode sets and restores it).
import sys

print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(depth=0)
print(sys.get_coroutine_origin_tracking_depth())
for bad in (-1, "x", 1 << 40, 2.5):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.get_coroutine_origin_tracking_depth(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_coroutine_origin_tracking_depth())
