package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Result is the outcome of verifying one listed file.
type Result struct {
	Name string
	OK   bool
	Err  error // the file could not be read
}

// Report is the outcome of verifying one checksum list.
type Report struct {
	Results []Result
}

// Failed counts the files that did not match or could not be read.
func (r Report) Failed() int {
	n := 0
	for _, res := range r.Results {
		if !res.OK {
			n++
		}
	}
	return n
}

// hashReader returns the lowercase hex SHA-256 of everything r yields.
func hashReader(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// openNamed opens a file, or returns stdin for "-" (the caller closes it either way).
func openNamed(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	return os.Open(name)
}

func hashNamed(name string, stdin io.Reader) (string, error) {
	f, err := openNamed(name, stdin)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return hashReader(f)
}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return hashReader(f)
}

// parseLine splits "<64 hex>  <name>" (text mode) or "<64 hex> *<name>" (binary mode).
func parseLine(line string) (sum, name string, err error) {
	if len(line) < 66 || (line[64:66] != "  " && line[64:66] != " *") {
		return "", "", fmt.Errorf("want \"<sha256 hex>  <file name>\"")
	}
	sum = strings.ToLower(line[:64])
	if _, err := hex.DecodeString(sum); err != nil {
		return "", "", fmt.Errorf("checksum is not hexadecimal")
	}
	return sum, line[66:], nil
}

// verify checks every line of a checksum list. Names are relative to the
// list's directory, as GoReleaser's checksum file sits next to its archives.
func verify(list io.Reader, listName string) (Report, error) {
	dir := "."
	if listName != "-" {
		dir = filepath.Dir(listName)
	}
	var report Report
	scanner := bufio.NewScanner(list)
	for lineNo := 1; scanner.Scan(); lineNo++ {
		line := strings.TrimSuffix(scanner.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		want, name, err := parseLine(line)
		if err != nil {
			return report, fmt.Errorf("%s:%d: %v", listName, lineNo, err)
		}
		got, err := hashFile(filepath.Join(dir, name))
		report.Results = append(report.Results, Result{Name: name, OK: err == nil && got == want, Err: err})
	}
	if err := scanner.Err(); err != nil {
		return report, fmt.Errorf("%s: %v", listName, err)
	}
	if len(report.Results) == 0 {
		return report, fmt.Errorf("%s: no checksum lines found", listName)
	}
	return report, nil
}
