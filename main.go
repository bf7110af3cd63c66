// Command sumcheck prints and verifies SHA-256 checksums in the format of
// coreutils sha256sum and GoReleaser checksum files ("<hex>  <name>").
//
// It is the example program the Slipway build releases: small, stdlib only,
// with build information injected at link time.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

// Set at link time: -ldflags "-X main.version=... -X main.commit=... -X main.date=...".
var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("sumcheck", flag.ContinueOnError)
	flags.SetOutput(stderr)
	check := flags.Bool("c", false, "read checksums from the FILEs and verify them")
	quiet := flags.Bool("quiet", false, "with -c, do not print OK for each verified file")
	showVersion := flags.Bool("version", false, "print version information and exit")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: sumcheck [FILE]...        print SHA-256 checksums (- or none: standard input)")
		fmt.Fprintln(stderr, "       sumcheck -c [FILE]...     verify the checksums listed in FILE")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if *showVersion {
		fmt.Fprintf(stdout, "sumcheck %s (commit %s, built %s)\n", version, commit, date)
		return 0
	}
	files := flags.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	if *check {
		return verifyAll(files, stdin, stdout, stderr, *quiet)
	}
	return printAll(files, stdin, stdout, stderr)
}

func printAll(files []string, stdin io.Reader, stdout, stderr io.Writer) int {
	code := 0
	for _, name := range files {
		sum, err := hashNamed(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "sumcheck: %v\n", err)
			code = 1
			continue
		}
		fmt.Fprintf(stdout, "%s  %s\n", sum, name)
	}
	return code
}

func verifyAll(files []string, stdin io.Reader, stdout, stderr io.Writer, quiet bool) int {
	code := 0
	for _, listName := range files {
		list, err := openNamed(listName, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "sumcheck: %v\n", err)
			code = 1
			continue
		}
		report, err := verify(list, listName)
		list.Close()
		if err != nil {
			fmt.Fprintf(stderr, "sumcheck: %v\n", err)
			code = 1
			continue
		}
		for _, r := range report.Results {
			switch {
			case r.Err != nil:
				fmt.Fprintf(stdout, "%s: FAILED open or read\n", r.Name)
				fmt.Fprintf(stderr, "sumcheck: %v\n", r.Err)
			case !r.OK:
				fmt.Fprintf(stdout, "%s: FAILED\n", r.Name)
			case !quiet:
				fmt.Fprintf(stdout, "%s: OK\n", r.Name)
			}
		}
		if failed := report.Failed(); failed > 0 {
			fmt.Fprintf(stderr, "sumcheck: WARNING: %d of %d computed checksums did NOT match\n", failed, len(report.Results))
			code = 1
		}
	}
	return code
}
