namespace Slipway.Tests.Support;

/// <summary>
/// Runs a build in-process through <see cref="BuildRunner"/>: a temp root holding <c>.nuke</c>, a fake environment
/// (only PATH from the real one, so CI variables of the machine running the tests do not leak in) and captured output.
/// </summary>
public sealed class BuildHarness : IDisposable
{
    public BuildHarness()
    {
        Environment["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
    }

    public TempDirectory Root { get; } = TempDirectory.ForBuild();

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public Task<RunOutcome> RunAsync(SlipwayBuild build, params string[] args) => RunAsync(build, args, null, CancellationToken.None);

    public async Task<RunOutcome> RunAsync(SlipwayBuild build, IReadOnlyList<string> args, Func<SlipwayBuild, Target>? defaultTarget, CancellationToken cancellationToken)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var exitCode = await new BuildRunner(writer, Environment, Root.Path).RunAsync(build, args, defaultTarget, cancellationToken);
        return new RunOutcome(exitCode, writer.ToString());
    }

    public void Dispose() => Root.Dispose();
}

/// <summary>What a run returned and printed.</summary>
public sealed record RunOutcome(int ExitCode, string Output)
{
    /// <summary>Asserts the output contains <paramref name="expected"/>, showing the whole output when it does not.</summary>
    public void AssertPrinted(string expected)
    {
        if (!Output.Contains(expected, StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"Expected the output to contain:\n{expected}\nOutput:\n{Output}");
        }
    }

    /// <summary>The summary row for <paramref name="target"/>: the line starting with its name after the table header.</summary>
    public string SummaryRow(string target)
    {
        var lines = Output.Split('\n');
        var header = Array.FindLastIndex(lines, l => l.StartsWith("Target ", StringComparison.Ordinal) && l.Contains("Status", StringComparison.Ordinal));
        Assert.True(header >= 0, "no summary table in output:\n" + Output);
        return lines.Skip(header + 1).FirstOrDefault(l => l.StartsWith(target + " ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"no summary row for {target} in:\n{Output}");
    }
}
