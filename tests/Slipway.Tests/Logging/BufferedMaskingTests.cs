using Slipway.Tests.Support;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Logging;

/// <summary>Secrets stay masked on the path CI hosts take for parallel targets: output buffered per target, written as one group.</summary>
public sealed class BufferedMaskingTests : IDisposable
{
    // Fragments of every secret below; none may appear anywhere but in GitHub's own ::add-mask:: commands.
    private static readonly string[] Fragments = ["HEADER-7f3a", "Ym9keS1vZi10aGUta2V5", "FOOTER-9c1e", "alpha-41d2", "beta-8e07"];
    private const string DeployKey = "-----HEADER-7f3a-----\nYm9keS1vZi10aGUta2V5\n-----FOOTER-9c1e-----";
    private readonly BuildHarness _harness = new();

    /// <summary>The variable that selects each CI host, and how its group for Sign opens.</summary>
    public static TheoryData<string, string> CiHosts => new() { { "GITHUB_ACTIONS", "::group::Sign" }, { "GITLAB_CI", "section_start:" } };

    public void Dispose() => _harness.Dispose();

    [Theory]
    [MemberData(nameof(CiHosts))]
    public async Task Multi_line_and_list_secrets_are_masked_in_buffered_target_output(string ciVariable, string groupMarker)
    {
        var run = await RunAsync(ciVariable, groupMarker, ["alpha-41d2", "beta-8e07"]);

        run.AssertPrinted("signing with ***");
        run.AssertPrinted("logging in with ***");
    }

    [Theory]
    [MemberData(nameof(CiHosts))]
    public async Task A_key_a_tool_prints_one_line_per_write_is_masked_line_by_line(string ciVariable, string groupMarker)
    {
        var run = await RunAsync(ciVariable, groupMarker, ["alpha-41d2"]);

        var sign = GroupOf(run, "Sign");
        // The tool wrote the key's three lines one write each; each is a registered line of the key, masked on its own.
        Assert.Equal(3, sign.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d\d:\d\d:\d\d INF \*\*\*$")));
    }

    [Theory]
    [MemberData(nameof(CiHosts))]
    public async Task Secrets_with_characters_a_host_or_a_renderer_escapes_are_masked_in_their_escaped_form(string ciVariable, string groupMarker)
    {
        // '%' is escaped by GitHub workflow commands (%25), '"' and '\' by Serilog when it renders a list element.
        await RunAsync(ciVariable, groupMarker, ["alpha-41d2%x", "beta-8e07\"q\\z"]);
    }

    // Runs Sign and Push side by side on the host, then checks the buffered path was taken and nothing leaked.
    private async Task<RunOutcome> RunAsync(string ciVariable, string groupMarker, string[] tokens)
    {
        _harness.Environment[ciVariable] = "true";
        _harness.Environment["DEPLOY_KEY"] = DeployKey;
        var run = await _harness.RunAsync(new MaskingBuild(), ["Sign", "Push", "--max-parallel", "2", "--tokens", .. tokens], null, CancellationToken.None);
        Assert.Equal(1, run.ExitCode); // Push fails on purpose, so its message reaches the annotation path too.
        AssertBuffered(run, groupMarker);
        AssertNoFragment(run);
        return run;
    }

    // Each target's lines form one contiguous block: proof the buffered path (not the streaming one) was taken.
    private static void AssertBuffered(RunOutcome run, string groupMarker)
    {
        Assert.Contains(run.Output.Split('\n'), l => l.Contains(groupMarker, StringComparison.Ordinal));
        Assert.Contains(GroupOf(run, "Sign"), l => l.Contains("signing with", StringComparison.Ordinal));
        Assert.Contains(GroupOf(run, "Push"), l => l.Contains("logging in with", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Output.Split('\n'), l => l.StartsWith("[Sign]", StringComparison.Ordinal) || l.StartsWith("[Push]", StringComparison.Ordinal));
    }

    private static void AssertNoFragment(RunOutcome run)
    {
        var shown = run.Output.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)).ToList();
        foreach (var fragment in Fragments)
        {
            var leak = shown.FirstOrDefault(l => l.Contains(fragment, StringComparison.Ordinal));
            Assert.True(leak is null, $"'{fragment}' leaked in: {leak}\nOutput:\n{run.Output}");
        }
    }

    // The lines between a target's opening line and the next closing line.
    private static List<string> GroupOf(RunOutcome run, string target)
    {
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l == $"::group::{target}" || (l.Contains("section_start:", StringComparison.Ordinal) && l.EndsWith(target, StringComparison.Ordinal)));
        Assert.True(start >= 0, $"no group for {target}:\n{run.Output}");
        var end = lines.FindIndex(start, l => l == "::endgroup::" || l.Contains("section_end:", StringComparison.Ordinal));
        return lines.GetRange(start + 1, end - start - 1);
    }
}
