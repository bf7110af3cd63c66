using System.Text.Json;
using System.Text.Json.Serialization;

namespace Slipway.Reporting;

/// <summary>
/// The document every run writes to <c>.nuke/temp/timings.json</c> (schema version 1): who ran, where, and each
/// target's status and duration. CI jobs upload it so baselines can be built per target, not only per job.
/// </summary>
/// <param name="SchemaVersion">Always 1 for this shape.</param>
/// <param name="RunId">CI run or pipeline id; a local id (timestamp) on a terminal.</param>
/// <param name="Host">Terminal, GitHubActions or GitLab.</param>
/// <param name="Job">CI job name; null on a terminal.</param>
/// <param name="Commit">Commit sha when known.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When the run finished.</param>
/// <param name="DurationSeconds">Whole-run wall-clock seconds.</param>
/// <param name="Targets">Targets in plan order.</param>
/// <param name="Caches">What the job's CI caches restored before the run (<see cref="CacheProbe"/>); empty on a terminal.</param>
/// <param name="BuildProgram"><c>cached</c> or <c>compiled</c>: whether <c>build.sh</c> had to compile the build program; null when it did not start the run.</param>
public sealed record RunTimings(
    int SchemaVersion,
    string RunId,
    string Host,
    string? Job,
    string? Commit,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double DurationSeconds,
    IReadOnlyList<TargetTiming> Targets,
    IReadOnlyList<CacheResult>? Caches = null,
    string? BuildProgram = null)
{
    /// <summary>Serializer settings for the file: camelCase, indented, nulls kept so the schema is visible.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Reads a timings document; throws <see cref="InvalidDataException"/> naming the file when it is malformed.</summary>
    public static RunTimings Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RunTimings>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path}: empty timings document.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid timings document ({ex.Message}).", ex);
        }
    }

    /// <summary>Serializes to the file format (LF line endings, trailing newline).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions).ReplaceLineEndings("\n") + "\n";
}
