namespace Slipway;

/// <summary>
/// A command-line tool a target needs. Checked before anything runs, so a missing tool fails the build at once
/// with <see cref="InstallHint"/>; CI generators read the names to decide what each job sets up.
/// </summary>
/// <param name="Name">Executable name as found on PATH, e.g. <c>go</c>.</param>
/// <param name="InstallHint">How to get it, shown when it is missing.</param>
/// <param name="Optional">When true, a missing tool does not stop the plan: the target runs and reports the check it could not do as "not run".</param>
public sealed record ToolRequirement(string Name, string InstallHint, bool Optional = false)
{
    /// <summary>
    /// More advice worked out only when the tool turns out to be missing (such as the version a configuration file
    /// pins), so that defining targets, as <c>--help</c> does, reads no such file; shown before <see cref="InstallHint"/>.
    /// </summary>
    public Func<string?>? PinnedHint { get; init; }

    /// <summary>What a missing tool's error says: <see cref="PinnedHint"/>'s advice, if any, then <see cref="InstallHint"/>.</summary>
    public string MissingToolAdvice() => PinnedHint?.Invoke() is { Length: > 0 } pinned ? $"{pinned} {InstallHint}" : InstallHint;
}
