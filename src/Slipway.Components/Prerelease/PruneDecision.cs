namespace Slipway.Components.Prerelease;

/// <summary>A pre-release pruning deletes, and why.</summary>
/// <param name="Release">The pre-release.</param>
/// <param name="Reason">Why, for the log: its branch is gone, it is older than the limit, or newer ones are kept.</param>
internal sealed record PruneDecision(HostedPrerelease Release, string Reason);
