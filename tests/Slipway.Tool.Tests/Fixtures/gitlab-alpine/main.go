// Command tally counts lines, words and bytes of its input, like a small wc.
package main

import (
	"fmt"
	"os"

	"gitlab.com/acme-tools/tally/internal/count"
)

var version = "dev"

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Println("tally", version)
		return
	}
	totals, err := count.Reader(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tally:", err)
		os.Exit(1)
	}
	fmt.Printf("%d %d %d\n", totals.Lines, totals.Words, totals.Bytes)
}
