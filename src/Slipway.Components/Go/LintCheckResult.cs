using Slipway.Clients.Diagnostics;

namespace Slipway.Components.Go;

/// <summary>What one check of <see cref="ILint.Lint"/> found.</summary>
/// <param name="Name">The check, e.g. <c>go vet</c>.</param>
/// <param name="Directory">Where the tool ran (its file names are relative to it).</param>
/// <param name="Findings">What it reported.</param>
/// <param name="NotRun">Why it did not run (an optional tool is missing, nothing to check), or null.</param>
/// <param name="Failure">The tool itself failed (bad configuration, crash), or null.</param>
internal sealed record LintCheckResult(string Name, string Directory, IReadOnlyList<Finding> Findings, string? NotRun = null, string? Failure = null)
{
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error) + (Failure is null ? 0 : 1);

    public string Outcome =>
        NotRun is not null ? "not run: " + NotRun
        : Failure is not null ? "failed: " + Failure
        : Findings.Count == 0 ? "passed"
        : $"{Errors} error(s), {Findings.Count - Errors} warning(s)";

    public static LintCheckResult Skipped(string name, string directory, string reason) => new(name, directory, [], NotRun: reason);
}
