using Slipway.Execution;
using Slipway.Hosts;

namespace Slipway.Reporting;

/// <summary>Writes <c>.nuke/temp/timings.json</c> atomically after every run.</summary>
public static class TimingsWriter
{
    /// <summary>Builds the document for <paramref name="result"/>, with the caches the job started with.</summary>
    public static RunTimings Create(RunResult result, Host host, IReadOnlyList<CacheResult>? caches = null, string? buildProgram = null) =>
        new(
            SchemaVersion: 1,
            RunId: host.RunId ?? result.StartedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            Host: host.Name,
            Job: host.JobName,
            Commit: host.Commit,
            StartedAt: result.StartedAt,
            FinishedAt: result.StartedAt + result.Duration,
            DurationSeconds: Math.Round(result.Duration.TotalSeconds, 3),
            Targets: [.. result.Targets.Select(t => new TargetTiming(
                t.Name,
                t.Status.ToString(),
                t.StartedAt,
                t.StartedAt + t.Duration,
                Math.Round(t.Duration.TotalSeconds, 3),
                t.Status is TargetStatus.Succeeded or TargetStatus.Collective ? null : t.Reason))],
            Caches: caches ?? [],
            BuildProgram: buildProgram);

    /// <summary>Writes <paramref name="timings"/> to <paramref name="path"/> through a temporary file.</summary>
    public static void Write(RunTimings timings, string path)
    {
        IO.AtomicFile.WriteAllText(path, timings.ToJson());
    }
}
