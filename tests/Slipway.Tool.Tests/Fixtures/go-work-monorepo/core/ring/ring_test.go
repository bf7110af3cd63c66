package ring

import (
	"reflect"
	"testing"
)

func TestRingKeepsNewest(t *testing.T) {
	r := New(3)
	for v := 1; v <= 5; v++ {
		r.Push(v)
	}
	if got := r.Values(); !reflect.DeepEqual(got, []int{3, 4, 5}) {
		t.Fatalf("got %v", got)
	}
}
