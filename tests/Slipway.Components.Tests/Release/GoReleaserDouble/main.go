// Command goreleaser is a TEST DOUBLE of GoReleaser v2 for Slipway's component tests (GoReleaser cannot be
// installed on the test machines). It accepts the command lines Slipway builds and writes dist/ in GoReleaser's
// documented formats: real binaries from a real `go build` (reproducible: -trimpath, commit-time mtimes),
// deterministic tar.gz/zip archives, a sha256 checksums file, artifacts.json and metadata.json. It publishes nothing.
// A file named .goreleaser-double in the working directory steers it (key=value lines):
//
//	check-exit=N       exit code of `check`
//	mode=no-dist       exit 0 without writing dist/
//	mode=malformed     write an artifacts.json that is not JSON
//	mode=bad-checksum  list a wrong digest for the first archive
//	mode=build-clock   embed the build's own time in the binaries (as {{ .Date }} in ldflags), so no two builds match
//	platforms=a/b,...  the full build's platforms (default: the six of release-contract.json)
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

const project = "sumcheck"

type artifact struct {
	Name         string                 `json:"name"`
	Path         string                 `json:"path"`
	Goos         string                 `json:"goos,omitempty"`
	Goarch       string                 `json:"goarch,omitempty"`
	Goamd64      string                 `json:"goamd64,omitempty"`
	Target       string                 `json:"target,omitempty"`
	InternalType int                    `json:"internal_type"`
	Type         string                 `json:"type"`
	Extra        map[string]interface{} `json:"extra,omitempty"`
}

func main() {
	fmt.Printf("goreleaser TEST DOUBLE: %s\n", strings.Join(os.Args[1:], " "))
	// Echo the variables GoReleaser's env pipe reads, so tests see what a release would be given.
	for _, name := range []string{"GITHUB_TOKEN", "GITLAB_TOKEN", "GITEA_TOKEN", "GORELEASER_FORCE_TOKEN"} {
		if value := os.Getenv(name); value != "" {
			fmt.Printf("%s=%s\n", name, value)
		}
	}
	control := readControl()
	args := strings.Join(os.Args[1:], " ")
	switch {
	case args == "check" || strings.HasPrefix(args, "check --config"):
		fmt.Println("  • checking                                 path=.goreleaser.yaml")
		code := 0
		fmt.Sscanf(control["check-exit"], "%d", &code)
		if code == 2 {
			fmt.Fprintln(os.Stderr, "  • DEPRECATED: archives.format should not be used anymore")
		}
		os.Exit(code)
	case strings.HasPrefix(args, "release --snapshot --clean"):
		fail(snapshot(control, false))
	case strings.HasPrefix(args, "build --snapshot --single-target --clean"):
		fail(snapshot(control, true))
	case strings.HasPrefix(args, "release --clean"):
		fmt.Println("TEST DOUBLE: would publish the release for the current tag")
	default:
		fmt.Fprintf(os.Stderr, "goreleaser TEST DOUBLE: unsupported command line %q\n", args)
		os.Exit(64)
	}
}

func fail(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "  ⨯ build failed after 0s error="+err.Error())
		os.Exit(1)
	}
}

func readControl() map[string]string {
	values := map[string]string{}
	data, _ := os.ReadFile(".goreleaser-double")
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
			values[k] = v
		}
	}
	return values
}

func git(args ...string) (string, error) {
	out, err := exec.Command("git", args...).Output()
	return strings.TrimSpace(string(out)), err
}

func snapshot(control map[string]string, single bool) error {
	if err := os.RemoveAll("dist"); err != nil {
		return err
	}
	if control["mode"] == "no-dist" {
		return nil
	}
	commit, err := git("rev-parse", "HEAD")
	if err != nil {
		return fmt.Errorf("git rev-parse HEAD: %v (GoReleaser needs a git repository)", err)
	}
	unix, _ := git("log", "-1", "--format=%ct")
	var seconds int64
	fmt.Sscanf(unix, "%d", &seconds)
	commitTime := time.Unix(seconds, 0).UTC()
	version := os.Getenv("SNAPSHOT_VERSION")
	if version == "" {
		version = "0.0.0-SNAPSHOT-" + commit[:7]
	}
	platforms := []string{"linux/amd64", "linux/arm64", "darwin/amd64", "darwin/arm64", "windows/amd64", "windows/arm64"}
	if p := control["platforms"]; p != "" {
		platforms = strings.Split(p, ",")
	}
	if single {
		goos, goarch := envOr("GOOS", runtime.GOOS), envOr("GOARCH", runtime.GOARCH)
		platforms = []string{goos + "/" + goarch}
	}
	date := commitTime.Format(time.RFC3339)
	if control["mode"] == "build-clock" {
		date = time.Now().Format(time.RFC3339Nano) // as {{ .Date }} in ldflags would: every build differs
	}
	ldflags := fmt.Sprintf("-s -w -X main.version=%s -X main.commit=%s -X main.date=%s", version, commit, date)
	artifacts := make([]artifact, len(platforms))
	errs := make([]error, len(platforms))
	var wait sync.WaitGroup
	for i, platform := range platforms {
		wait.Add(1)
		go func(i int, platform string) {
			defer wait.Done()
			artifacts[i], errs[i] = buildBinary(platform, ldflags, commitTime)
		}(i, platform)
	}
	wait.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if !single {
		var sums []string
		for _, binary := range artifacts[:len(platforms)] {
			archive, err := writeArchive(binary, version, commitTime)
			if err != nil {
				return err
			}
			sums = append(sums, strings.TrimPrefix(archive.Extra["Checksum"].(string), "sha256:")+"  "+archive.Name)
			artifacts = append(artifacts, archive)
		}
		sort.Slice(sums, func(a, b int) bool { return sums[a][66:] < sums[b][66:] })
		if control["mode"] == "bad-checksum" {
			sums[0] = strings.Repeat("0", 64) + sums[0][64:]
		}
		name := fmt.Sprintf("%s_%s_checksums.txt", project, version)
		if err := os.WriteFile(filepath.Join("dist", name), []byte(strings.Join(sums, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		artifacts = append(artifacts, artifact{Name: name, Path: "dist/" + name, InternalType: 12, Type: "Checksum", Extra: map[string]interface{}{}})
	}
	artifacts = append(artifacts, artifact{Name: "metadata.json", Path: "dist/metadata.json", InternalType: 30, Type: "Metadata"})
	metadata := map[string]interface{}{
		"project_name": project, "tag": "v0.0.0", "previous_tag": "", "version": version, "commit": commit,
		"date": time.Now().Format(time.RFC3339Nano), "runtime": map[string]string{"goos": runtime.GOOS, "goarch": runtime.GOARCH},
	}
	if err := writeJSON("dist/metadata.json", metadata); err != nil {
		return err
	}
	if control["mode"] == "malformed" {
		return os.WriteFile("dist/artifacts.json", []byte(`[{"name": "sumcheck", "type": `), 0o644)
	}
	return writeJSON("dist/artifacts.json", artifacts)
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func buildBinary(platform, ldflags string, commitTime time.Time) (artifact, error) {
	goos, goarch, _ := strings.Cut(platform, "/")
	target := goos + "_" + goarch
	amd64 := ""
	if goarch == "amd64" {
		target, amd64 = target+"_v1", "v1"
	} else if goarch == "arm64" {
		target += "_v8.0"
	}
	ext := ""
	if goos == "windows" {
		ext = ".exe"
	}
	dir := filepath.Join("dist", project+"_"+target)
	out := filepath.Join(dir, project+ext)
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", ldflags, "-o", out, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+goarch, "GOFLAGS=-mod=mod", "GOPROXY=off")
	if output, err := cmd.CombinedOutput(); err != nil {
		return artifact{}, fmt.Errorf("go build for %s: %v: %s", platform, err, output)
	}
	if err := os.Chtimes(out, commitTime, commitTime); err != nil {
		return artifact{}, err
	}
	return artifact{Name: project + ext, Path: filepath.ToSlash(out), Goos: goos, Goarch: goarch, Goamd64: amd64, Target: target, InternalType: 4, Type: "Binary",
		Extra: map[string]interface{}{"Binary": project, "Builder": "go", "Ext": ext, "ID": project}}, nil
}

func writeArchive(binary artifact, version string, commitTime time.Time) (artifact, error) {
	content, err := os.ReadFile(binary.Path)
	if err != nil {
		return artifact{}, err
	}
	format := "tar.gz"
	if binary.Goos == "windows" {
		format = "zip"
	}
	name := fmt.Sprintf("%s_%s_%s_%s.%s", project, version, binary.Goos, binary.Goarch, format)
	var buffer bytes.Buffer
	if format == "zip" {
		writer := zip.NewWriter(&buffer)
		header := &zip.FileHeader{Name: binary.Name, Method: zip.Deflate, Modified: commitTime}
		header.SetMode(0o755)
		entry, err := writer.CreateHeader(header)
		if err == nil {
			_, err = entry.Write(content)
		}
		if err != nil || writer.Close() != nil {
			return artifact{}, fmt.Errorf("zip %s: %v", name, err)
		}
	} else {
		gz, _ := gzip.NewWriterLevel(&buffer, gzip.BestCompression)
		writer := tar.NewWriter(gz)
		header := &tar.Header{Name: binary.Name, Mode: 0o755, Size: int64(len(content)), ModTime: commitTime, Typeflag: tar.TypeReg, Format: tar.FormatUSTAR}
		if err := writer.WriteHeader(header); err != nil {
			return artifact{}, err
		}
		writer.Write(content)
		writer.Close()
		gz.Close()
	}
	if err := os.WriteFile(filepath.Join("dist", name), buffer.Bytes(), 0o644); err != nil {
		return artifact{}, err
	}
	sum := sha256.Sum256(buffer.Bytes())
	return artifact{Name: name, Path: "dist/" + name, Goos: binary.Goos, Goarch: binary.Goarch, Goamd64: binary.Goamd64, Target: binary.Target, InternalType: 1, Type: "Archive",
		Extra: map[string]interface{}{"Binaries": []string{binary.Name}, "Checksum": "sha256:" + hex.EncodeToString(sum[:]), "Format": format, "ID": project}}, nil
}

func writeJSON(path string, value interface{}) error {
	data, err := json.MarshalIndent(value, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
