// Package ring is a fixed-size ring buffer of the last n values.
package ring

// Ring keeps the last Cap values pushed.
type Ring struct {
	values []int
	next   int
	full   bool
}

// New returns a ring of capacity n.
func New(n int) *Ring { return &Ring{values: make([]int, n)} }

// Push adds v, dropping the oldest value when full.
func (r *Ring) Push(v int) {
	r.values[r.next] = v
	r.next = (r.next + 1) % len(r.values)
	r.full = r.full || r.next == 0
}

// Values returns the kept values, oldest first.
func (r *Ring) Values() []int {
	if !r.full {
		return append([]int(nil), r.values[:r.next]...)
	}
	return append(append([]int(nil), r.values[r.next:]...), r.values[:r.next]...)
}
