package runtime

import (
	"crypto/rand"
	"net"
	"sync"
	"time"
)

// _uuid: CPython's accelerator of uuid.uuid1() (libuuid's
// uuid_generate_time_safe). uuid.py uses generate_time_safe() for time-based
// UUIDs and for getnode() (the node field of such a UUID). The UUID is
// RFC 4122 version 1: a 60-bit count of 100 ns intervals since 1582-10-15,
// a random 14-bit clock sequence chosen once per process, and the node of
// the first network interface with a 6-byte hardware address (a random
// multicast node when there is none, as libuuid). Timestamps strictly
// increase within the process. The second item of the result is -1
// (SafeUUID.unsafe), what libuuid reports without its uuidd daemon:
// nothing synchronises processes generating at once.

func init() {
	RegisterModule(&ModuleSpec{Name: "_uuid", Native: initUUIDModule})
}

var uuidGen struct {
	sync.Mutex
	ready bool
	last  uint64
	seq   uint16
	node  [6]byte
}

// uuid1Epoch is 1582-10-15 00:00 UTC in 100 ns intervals before the Unix epoch.
const uuid1Epoch = 0x01B21DD213814000

func uuidNode() [6]byte {
	var node [6]byte
	if ifs, err := net.Interfaces(); err == nil {
		for _, i := range ifs {
			if i.Flags&net.FlagLoopback != 0 || len(i.HardwareAddr) != 6 {
				continue
			}
			zero := true
			for _, b := range i.HardwareAddr {
				if b != 0 {
					zero = false
				}
			}
			if !zero {
				copy(node[:], i.HardwareAddr)
				return node
			}
		}
	}
	rand.Read(node[:])
	node[0] |= 0x01
	return node
}

func generateUUID1() [16]byte {
	g := &uuidGen
	g.Lock()
	if !g.ready {
		var b [2]byte
		rand.Read(b[:])
		g.seq = (uint16(b[0])<<8 | uint16(b[1])) & 0x3fff
		g.node = uuidNode()
		g.ready = true
	}
	ts := uint64(time.Now().UnixNano()/100) + uuid1Epoch
	if ts <= g.last {
		ts = g.last + 1
	}
	g.last = ts
	seq, node := g.seq, g.node
	g.Unlock()
	var u [16]byte
	u[0], u[1], u[2], u[3] = byte(ts>>24), byte(ts>>16), byte(ts>>8), byte(ts)
	u[4], u[5] = byte(ts>>40), byte(ts>>32)
	hi := uint16(ts>>48)&0x0fff | 0x1000
	u[6], u[7] = byte(hi>>8), byte(hi)
	u[8] = byte(seq>>8)&0x3f | 0x80
	u[9] = byte(seq)
	copy(u[10:], node[:])
	return u
}

func initUUIDModule(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("has_uuid_generate_time_safe", MakeInt(1))
	nativeFunc(m, "generate_time_safe", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("_uuid.generate_time_safe", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		u := generateUUID1()
		return NewTuple(NewBytes(u[:]), MakeInt(-1)), nil
	})
	return nil
}
