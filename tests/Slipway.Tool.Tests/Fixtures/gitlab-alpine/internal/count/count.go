// Package count tallies lines, words and bytes.
package count

import (
	"bufio"
	"io"
	"unicode"
)

// Totals are the counts of one input.
type Totals struct {
	Lines, Words, Bytes int
}

// Reader counts everything r yields.
func Reader(r io.Reader) (Totals, error) {
	var t Totals
	in := bufio.NewReader(r)
	inWord := false
	for {
		c, size, err := in.ReadRune()
		if err == io.EOF {
			return t, nil
		}
		if err != nil {
			return t, err
		}
		t.Bytes += size
		if c == '\n' {
			t.Lines++
		}
		if unicode.IsSpace(c) {
			inWord = false
		} else if !inWord {
			inWord = true
			t.Words++
		}
	}
}
