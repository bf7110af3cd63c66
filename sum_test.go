package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sha256("hello\n"), as printed by coreutils sha256sum.
const helloSum = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"

func TestHashReaderMatchesCoreutils(t *testing.T) {
	got, err := hashReader(strings.NewReader("hello\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got != helloSum {
		t.Fatalf("hash = %s, want %s", got, helloSum)
	}
}

func TestParseLine(t *testing.T) {
	cases := []struct {
		line, sum, name string
		ok              bool
	}{
		{helloSum + "  hello.txt", helloSum, "hello.txt", true},
		{helloSum + " *hello.bin", helloSum, "hello.bin", true},
		{strings.ToUpper(helloSum) + "  a b", helloSum, "a b", true},
		{helloSum + " hello.txt", "", "", false},
		{"zz" + helloSum[2:] + "  x", "", "", false},
		{"short  x", "", "", false},
	}
	for _, c := range cases {
		sum, name, err := parseLine(c.line)
		if (err == nil) != c.ok || sum != c.sum || name != c.name {
			t.Errorf("parseLine(%q) = %q, %q, %v; want %q, %q, ok=%v", c.line, sum, name, err, c.sum, c.name, c.ok)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCheckReportsOkAndFailed(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.txt"), "hello\n")
	writeFile(t, filepath.Join(dir, "bad.txt"), "changed\n")
	list := filepath.Join(dir, "checksums.txt")
	writeFile(t, list, helloSum+"  good.txt\n"+helloSum+"  bad.txt\n"+helloSum+"  missing.txt\n")

	var stdout, stderr bytes.Buffer
	code := run([]string{"-c", list}, nil, &stdout, &stderr)

	if code != 1 {
		t.Fatalf("exit code = %d, want 1", code)
	}
	want := "good.txt: OK\nbad.txt: FAILED\nmissing.txt: FAILED open or read\n"
	if stdout.String() != want {
		t.Fatalf("stdout = %q, want %q", stdout.String(), want)
	}
	if !strings.Contains(stderr.String(), "2 of 3 computed checksums did NOT match") {
		t.Fatalf("stderr = %q", stderr.String())
	}
}

func TestCheckAllGoodExitsZero(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.txt"), "hello\n")
	list := filepath.Join(dir, "checksums.txt")
	writeFile(t, list, helloSum+"  good.txt\n")

	var stdout, stderr bytes.Buffer
	if code := run([]string{"-c", "-quiet", list}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit code = %d, stderr %q", code, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Fatalf("quiet mode printed %q", stdout.String())
	}
}

func TestCheckMalformedLineNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "checksums.txt")
	writeFile(t, list, "\nnot a checksum line\n")

	var stdout, stderr bytes.Buffer
	if code := run([]string{"-c", list}, nil, &stdout, &stderr); code != 1 {
		t.Fatalf("exit code = %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), list+":2:") {
		t.Fatalf("stderr %q does not name the file and line", stderr.String())
	}
}

func TestPrintFromStdinAndFiles(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "hello.txt")
	writeFile(t, file, "hello\n")

	var stdout, stderr bytes.Buffer
	code := run([]string{"-", file}, strings.NewReader("hello\n"), &stdout, &stderr)

	want := helloSum + "  -\n" + helloSum + "  " + file + "\n"
	if code != 0 || stdout.String() != want {
		t.Fatalf("code %d, stdout %q, want %q (stderr %q)", code, stdout.String(), want, stderr.String())
	}
}

func TestPrintOutputVerifiesWithCheck(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "alpha")
	var sums, stderr bytes.Buffer
	old, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(old)
	if code := run([]string{"a.txt"}, nil, &sums, &stderr); code != 0 {
		t.Fatalf("print failed: %s", stderr.String())
	}
	writeFile(t, "sums.txt", sums.String())
	var out bytes.Buffer
	if code := run([]string{"-c", "sums.txt"}, nil, &out, &stderr); code != 0 || out.String() != "a.txt: OK\n" {
		t.Fatalf("round trip: code %d, out %q, stderr %q", code, out.String(), stderr.String())
	}
}

func TestVersionFlagPrintsBuildInformation(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--version"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit code = %d", code)
	}
	if want := "sumcheck dev (commit none, built unknown)\n"; stdout.String() != want {
		t.Fatalf("stdout = %q, want %q", stdout.String(), want)
	}
}

func TestUnknownFlagExitsTwo(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--nope"}, nil, &stdout, &stderr); code != 2 {
		t.Fatalf("exit code = %d, want 2", code)
	}
}
