package ratelimit

import (
	"testing"
	"time"
)

func TestBucketRefills(t *testing.T) {
	start := time.Unix(0, 0)
	b := NewBucket(2, time.Second, start)
	if !b.Allow(start) || !b.Allow(start) || b.Allow(start) {
		t.Fatal("a full bucket of 2 allows exactly 2")
	}
	if !b.Allow(start.Add(time.Second)) {
		t.Fatal("one token after one interval")
	}
}
