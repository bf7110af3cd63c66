// Command meshctl prints its arguments as a peer list.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(Peers(os.Args[1:]))
}

// Peers formats peer names, one per line.
func Peers(names []string) string {
	out := ""
	for _, n := range names {
		out += "- " + n + "\n"
	}
	return out
}
