// Package ratelimit is a token bucket.
package ratelimit

import "time"

// Bucket holds up to Capacity tokens and gains one every Interval.
type Bucket struct {
	Capacity int
	Interval time.Duration
	tokens   int
	last     time.Time
}

// NewBucket returns a full bucket.
func NewBucket(capacity int, interval time.Duration, now time.Time) *Bucket {
	return &Bucket{Capacity: capacity, Interval: interval, tokens: capacity, last: now}
}

// Allow takes a token at time now, reporting whether one was there.
func (b *Bucket) Allow(now time.Time) bool {
	if gained := int(now.Sub(b.last) / b.Interval); gained > 0 {
		b.tokens += gained
		if b.tokens > b.Capacity {
			b.tokens = b.Capacity
		}
		b.last = b.last.Add(time.Duration(gained) * b.Interval)
	}
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}
