package runtime

import "unsafe"

// Instances of a class usually all end up with the same few attributes,
// set by __init__. Each class remembers the largest count seen at its
// attribute sites (attrHint), and NewInstance then allocates the instance,
// its dict and the dict's table in one object sized for that many
// attributes: one allocation instead of five (instance, dict, index,
// entries, published table) and no resize while __init__ runs.
//
// The dict behaves exactly as one grown the usual way: the sizes are
// CPython's (8 index slots hold 5 entries, 16 hold 10), and a dict that
// outgrows its inline arrays moves to the heap by the normal resize.

type instanceDict8 struct {
	in  Instance
	d   Dict
	tab dictTable
	idx [8]int32
	ent [5]dictEntry
}

type instanceDict16 struct {
	in  Instance
	d   Dict
	tab dictTable
	idx [16]int32
	ent [10]dictEntry
}

// noteAttrCount raises the class's attribute-count hint to n.
func (t *Type) noteAttrCount(n int32) {
	if n > t.attrHint.Load() {
		t.attrHint.Store(n)
	}
}

// newInstanceWithDict allocates an instance whose dict has room for n
// attributes (n <= 10) in the same allocation.
func newInstanceWithDict(typ *Type, n int32) *Instance {
	if n <= 5 {
		x := &instanceDict8{}
		x.in.typ = typ
		x.in.dict = &x.d
		presetDict(&x.d, &x.tab, x.idx[:], x.ent[:])
		return &x.in
	}
	x := &instanceDict16{}
	x.in.typ = typ
	x.in.dict = &x.d
	presetDict(&x.d, &x.tab, x.idx[:], x.ent[:])
	return &x.in
}

// presetDict points an unpublished empty dict at preallocated storage.
func presetDict(d *Dict, tab *dictTable, idx []int32, ent []dictEntry) {
	for i := range idx {
		idx[i] = ixEmpty
	}
	d.index = idx
	d.entries = ent[:0]
	d.usable = len(ent)
	*tab = dictTable{index: idx, entries: ent}
	// A plain store: the dict is not yet reachable from another goroutine
	// (whatever publishes the instance later synchronises), and an atomic
	// store is a locked instruction right after the allocation's zeroing.
	*(*unsafe.Pointer)(unsafe.Pointer(&d.tab)) = unsafe.Pointer(tab)
}
