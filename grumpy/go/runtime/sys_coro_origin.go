package runtime

import (
	"math"
	"sync/atomic"
)

// sys.get_coroutine_origin_tracking_depth / set_coroutine_origin_tracking_depth:
// asyncio's debug mode (which unittest.IsolatedAsyncioTestCase turns on) sets
// and restores the depth. Grumpy records no coroutine origins (cr_origin), so
// the depth is only stored.

var coroOriginDepth atomic.Int64

func initSysCoroOrigin(d *Dict) {
	d.SetStr("get_coroutine_origin_tracking_depth", NewBuiltin("get_coroutine_origin_tracking_depth",
		func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("sys.get_coroutine_origin_tracking_depth", args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			return MakeInt(coroOriginDepth.Load()), nil
		}))
	d.SetStr("set_coroutine_origin_tracking_depth", NewBuiltin("set_coroutine_origin_tracking_depth",
		func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			var depth Object
			if exc := ParseArgs("set_coroutine_origin_tracking_depth", args, kw, []string{"depth"}, &depth); exc != nil {
				return nil, exc
			}
			i, exc := Index(t, depth)
			if exc != nil {
				return nil, exc
			}
			n, ok := i.(Int)
			if !ok || n > math.MaxInt32 || n < math.MinInt32 {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
			}
			if n < 0 {
				return nil, NewError(ValueErrorType, "depth must be >= 0")
			}
			coroOriginDepth.Store(int64(n))
			return None, nil
		}))
}
