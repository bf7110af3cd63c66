using System.Globalization;
using Slipway.Clients.GitHub;
using Slipway.Clients.GitLab;
using Slipway.Reporting;

namespace Slipway.Components.Tests.Timing;

/// <summary>Hand-made CI history whose baseline numbers are computed by hand in the tests.</summary>
internal static class TimingSamples
{
    public static DateTimeOffset T(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);

    public static GitHubJob GhJob(string name, string? started, string? completed, string conclusion = "success", params GitHubStep[] steps) => new()
    {
        Id = name.GetHashCode(StringComparison.Ordinal),
        Name = name,
        Status = "completed",
        Conclusion = conclusion,
        StartedAt = started is null ? null : T(started),
        CompletedAt = completed is null ? null : T(completed),
        Steps = steps,
    };

    public static GitHubStep Step(string name, string started, string completed) =>
        new() { Name = name, Conclusion = "success", Status = "completed", StartedAt = T(started), CompletedAt = T(completed) };

    public static GitHubWorkflowRun GhRun(long id) =>
        new() { Id = id, Status = "completed", Conclusion = "success", CreatedAt = T("2026-05-04T10:00:00Z"), UpdatedAt = T("2026-05-04T10:10:00Z") };

    public static GitLabJob GlJob(string name, string? started, string? finished, double? duration, double? queued, string status = "success") => new()
    {
        Id = name.Length,
        Name = name,
        Stage = "test",
        Status = status,
        StartedAt = started is null ? null : T(started),
        FinishedAt = finished is null ? null : T(finished),
        Duration = duration,
        QueuedDuration = queued,
    };

    public static RunTimings Timings(string job, double runSeconds, params (string Name, string Status, double Seconds)[] targets) => new(
        1,
        "1",
        "GitHubActions",
        job,
        "abc",
        T("2026-05-04T10:00:00Z"),
        T("2026-05-04T10:00:00Z").AddSeconds(runSeconds),
        runSeconds,
        [.. targets.Select(t => new TargetTiming(t.Name, t.Status, null, null, t.Seconds, t.Status == "Skipped" ? "skipped by --skip" : null))]);
}
