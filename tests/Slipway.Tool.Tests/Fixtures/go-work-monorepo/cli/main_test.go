package main

import "testing"

func TestPeers(t *testing.T) {
	if got := Peers([]string{"a", "b"}); got != "- a\n- b\n" {
		t.Fatalf("got %q", got)
	}
}
