package count

import (
	"strings"
	"testing"
)

func TestReader(t *testing.T) {
	got, err := Reader(strings.NewReader("one two\nthree\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := (Totals{Lines: 2, Words: 3, Bytes: 14}); got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}
