namespace Slipway.Components.Timing;

/// <summary>Where a <see cref="Baseline"/> was captured from.</summary>
/// <param name="System"><c>GitHub</c> or <c>GitLab</c>.</param>
/// <param name="Repository"><c>owner/repo</c> on GitHub; the project path or id on GitLab.</param>
/// <param name="Pipelines">Workflow files asked for (GitHub), or <c>gitlab</c>.</param>
/// <param name="Ref">Branch the runs were filtered on; null for all branches.</param>
/// <param name="RequestedRuns">The N of "the last N successful runs" per pipeline.</param>
public sealed record BaselineSource(string System, string Repository, IReadOnlyList<string> Pipelines, string? Ref, int RequestedRuns);
