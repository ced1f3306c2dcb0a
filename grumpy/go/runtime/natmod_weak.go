package runtime

import (
	goruntime "runtime"
	"sync"
	"weak"
)

// sideTable attaches a value to Go objects without keeping them alive: an
// entry disappears when its key object is collected. It holds the extra
// state of builtin-layout subclasses (defaultdict's default_factory lives
// beside the *Dict that is the defaultdict).
type sideTable[K any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[K]]Object
}

func (s *sideTable[K]) get(k *K) Object {
	wp := weak.Make(k)
	s.mu.Lock()
	v := s.m[wp]
	s.mu.Unlock()
	return v
}

func (s *sideTable[K]) set(k *K, v Object) {
	wp := weak.Make(k)
	s.mu.Lock()
	if s.m == nil {
		s.m = map[weak.Pointer[K]]Object{}
	}
	_, had := s.m[wp]
	s.m[wp] = v
	s.mu.Unlock()
	if !had {
		goruntime.AddCleanup(k, func(wp weak.Pointer[K]) {
			s.mu.Lock()
			delete(s.m, wp)
			s.mu.Unlock()
		}, wp)
	}
}

var defaultFactories sideTable[Dict]

func getDefaultFactory(d *Dict) Object {
	if v := defaultFactories.get(d); v != nil {
		return v
	}
	return None
}

func setDefaultFactory(d *Dict, v Object) { defaultFactories.set(d, v) }
