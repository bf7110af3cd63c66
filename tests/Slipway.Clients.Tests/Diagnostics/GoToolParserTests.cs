using Slipway.Clients.Diagnostics;
using Slipway.Clients.Tests.Example;
using Xunit;

namespace Slipway.Clients.Tests.Diagnostics;

/// <summary>gofmt, go vet and go test -json parsers on the real output of Debian's Go toolchain.</summary>
public sealed class GoToolParserTests
{
    private static ScratchDirectory Module(params (string Path, string Content)[] files)
    {
        var scratch = new ScratchDirectory();
        scratch.Write("go.mod", "module example.com/broken\n\ngo 1.19\n");
        foreach (var (path, content) in files)
        {
            scratch.Write(path, content);
        }

        return scratch;
    }

    [Fact]
    public void Gofmt_ListsTheUnformattedFilesOnly()
    {
        using var scratch = Module(("ok.go", "package p\n\nfunc F() {}\n"), ("bad.go", "package p\nfunc  G(){ }\n"), ("sub/worse.go", "package sub\nvar   X=1\n"));

        var result = GoTool.Exec("gofmt", scratch.Path, null, "-l", ".");
        var findings = GofmtParser.Parse(result.Stdout);

        Assert.Equal(["bad.go", "sub/worse.go"], findings.Select(f => f.File).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal("gofmt", f.Tool));
    }

    [Fact]
    public void GoVet_ReportsFindingsAndTypeErrorsWithTheirPackages()
    {
        using var scratch = Module(
            ("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := \"a\"\n\tfmt.Printf(\"%d\\n\", x)\n}\n"),
            ("sub/s.go", "package sub\n\nfunc F() int {\n\treturn undefinedThing\n}\n"));

        var result = GoTool.Run(scratch.Path, null, "vet", "./...");
        var findings = GoVetParser.Parse(result.Stderr);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(2, findings.Count);
        var printf = Assert.Single(findings, f => f.File == "./main.go");
        Assert.Equal((7, 2), (printf.Line, printf.Column));
        Assert.Equal("example.com/broken", printf.Rule);
        Assert.Contains("fmt.Printf format %d has arg x of wrong type string", printf.Message, StringComparison.Ordinal);
        var typeError = Assert.Single(findings, f => f.File == "sub/s.go");
        Assert.Equal((4, 9), (typeError.Line, typeError.Column));
        Assert.Equal("example.com/broken/sub", typeError.Rule);
        Assert.Contains("undefinedThing", typeError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GoVet_ToolError_IsAFindingWithoutFile()
    {
        var findings = GoVetParser.Parse("go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");

        var finding = Assert.Single(findings);
        Assert.Null(finding.File);
        Assert.StartsWith("go: go.mod file not found", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GoTestJson_SummarisesPassFailSkipAndSubtests()
    {
        using var scratch = Module(
            ("a/a_test.go", """
                package a

                import "testing"

                func TestPass(t *testing.T) {}

                func TestFail(t *testing.T) { t.Errorf("want %d, got %d", 1, 2) }

                func TestSkip(t *testing.T) { t.Skip("not here") }

                func TestTable(t *testing.T) {
                	t.Run("good", func(t *testing.T) {})
                	t.Run("bad", func(t *testing.T) { t.Fatal("broken case") })
                }
                """),
            ("b/b_test.go", "package b\n\nimport \"testing\"\n\nfunc TestOk(t *testing.T) {}\n"),
            ("c/c.go", "package c\n\nfunc C() int { return 1 }\n"));

        var result = GoTool.Run(scratch.Path, null, "test", "-json", "-count=1", "./...");
        var summary = GoTestJsonParser.Parse(result.Stdout);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(summary.Succeeded);
        var a = Assert.Single(summary.Packages, p => p.Package == "example.com/broken/a");
        Assert.Equal(GoTestOutcome.Fail, a.Outcome);
        Assert.NotNull(a.Elapsed);
        Assert.Equal(GoTestOutcome.Pass, a.Tests.Single(t => t.Name == "TestPass").Outcome);
        Assert.Equal(GoTestOutcome.Fail, a.Tests.Single(t => t.Name == "TestFail").Outcome);
        Assert.Equal(GoTestOutcome.Skip, a.Tests.Single(t => t.Name == "TestSkip").Outcome);
        Assert.Equal(GoTestOutcome.Pass, a.Tests.Single(t => t.Name == "TestTable/good").Outcome);
        Assert.Equal(GoTestOutcome.Fail, a.Tests.Single(t => t.Name == "TestTable/bad").Outcome);
        Assert.Contains("want 1, got 2", a.Tests.Single(t => t.Name == "TestFail").Output, StringComparison.Ordinal);
        Assert.Equal(GoTestOutcome.Pass, summary.Packages.Single(p => p.Package == "example.com/broken/b").Outcome);
        Assert.Equal(GoTestOutcome.Skip, summary.Packages.Single(p => p.Package == "example.com/broken/c").Outcome);

        var findings = summary.Findings();
        Assert.Equal(["TestFail: want 1, got 2", "TestTable/bad: broken case"], findings.Select(f => f.Message).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal("a_test.go", f.File));
        Assert.Equal(7, findings.Single(f => f.Message.StartsWith("TestFail", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void GoTestJson_BuildFailure_IsAPackageFinding()
    {
        using var scratch = Module(("d/d_test.go", "package d\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) { undefined() }\n"));

        var result = GoTool.Run(scratch.Path, null, "test", "-json", "./...");
        var summary = GoTestJsonParser.Parse(result.Stdout + result.Stderr);

        var package = Assert.Single(summary.Packages);
        Assert.Equal("example.com/broken/d", package.Package);
        Assert.Equal(GoTestOutcome.Fail, package.Outcome);
        var findings = summary.Findings();
        var compileError = Assert.Single(findings, f => f.File is not null);
        Assert.Equal(("d/d_test.go", (int?)5, (int?)28), (compileError.File, compileError.Line, compileError.Column));
        Assert.Contains("undefined", compileError.Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.File is null && f.Message.Contains("package example.com/broken/d failed", StringComparison.Ordinal));
    }

    [Fact]
    public void GoTestJson_Go124BuildEvents_Sample_AreCompilerOutput()
    {
        // SAMPLE in the Go 1.24+ test2json format (build-output/build-fail events); Debian's Go 1.19 prints plain text instead.
        var events = """
            {"ImportPath":"example.com/x [example.com/x.test]","Action":"build-output","Output":"# example.com/x [example.com/x.test]\n"}
            {"ImportPath":"example.com/x [example.com/x.test]","Action":"build-output","Output":"./x_test.go:5:28: undefined: nope\n"}
            {"ImportPath":"example.com/x [example.com/x.test]","Action":"build-fail"}
            {"Time":"2026-11-22T06:00:00Z","Action":"start","Package":"example.com/x"}
            {"Time":"2026-11-22T06:00:00Z","Action":"output","Package":"example.com/x","Output":"FAIL\texample.com/x [build failed]\n"}
            {"Time":"2026-11-22T06:00:00Z","Action":"fail","Package":"example.com/x","Elapsed":0,"FailedBuild":"example.com/x [example.com/x.test]"}
            """;

        var summary = GoTestJsonParser.Parse(events);

        Assert.Equal(GoTestOutcome.Fail, Assert.Single(summary.Packages).Outcome);
        var compileError = Assert.Single(summary.Findings(), f => f.File is not null);
        Assert.Equal(("./x_test.go", (int?)5), (compileError.File, compileError.Line));
    }

    [Fact]
    public void GoTestJson_RunCutOff_IsIncomplete()
    {
        var events = """
            {"Action":"run","Package":"example.com/x","Test":"TestHang"}
            {"Action":"output","Package":"example.com/x","Test":"TestHang","Output":"=== RUN   TestHang\n"}
            """;

        var summary = GoTestJsonParser.Parse(events);

        var package = Assert.Single(summary.Packages);
        Assert.Equal(GoTestOutcome.Incomplete, package.Outcome);
        Assert.Equal(GoTestOutcome.Incomplete, Assert.Single(package.Tests).Outcome);
        Assert.Equal("TestHang did not finish", Assert.Single(summary.Findings()).Message);
    }
}
