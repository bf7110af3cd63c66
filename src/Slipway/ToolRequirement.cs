namespace Slipway;

/// <summary>
/// A command-line tool a target needs. Checked before anything runs, so a missing tool fails the build at once
/// with <see cref="InstallHint"/>; CI generators read the names to decide what each job sets up.
/// </summary>
/// <param name="Name">Executable name as found on PATH, e.g. <c>go</c>.</param>
/// <param name="InstallHint">How to get it, shown when it is missing.</param>
/// <param name="Optional">When true, a missing tool does not stop the plan: the target runs and reports the check it could not do as "not run".</param>
public sealed record ToolRequirement(string Name, string InstallHint, bool Optional = false);
