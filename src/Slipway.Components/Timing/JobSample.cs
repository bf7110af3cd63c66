namespace Slipway.Components.Timing;

/// <summary>One finished job in CI-neutral form, as <see cref="BaselineBuilder"/> aggregates it.</summary>
internal sealed record JobSample(
    string Name,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double Seconds,
    bool Succeeded,
    double? QueuedSeconds,
    IReadOnlyList<KeyValuePair<string, double>> Steps);
