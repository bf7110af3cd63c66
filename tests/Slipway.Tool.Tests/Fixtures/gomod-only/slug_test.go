package slugify

import "testing"

func TestMake(t *testing.T) {
	cases := map[string]string{
		"Hello, World!":   "hello-world",
		"  Go 1.19 rocks": "go-1-19-rocks",
		"":                "",
	}
	for in, want := range cases {
		if got := Make(in); got != want {
			t.Errorf("Make(%q) = %q, want %q", in, got, want)
		}
	}
}
