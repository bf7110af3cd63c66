package api

import "testing"

func TestRoute(t *testing.T) {
	if got := Route("v1", "peers"); got != "/v1/peers" {
		t.Fatalf("got %q", got)
	}
}
