using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Slipway.Components.Timing;

/// <summary>
/// Timing baseline of a repository's CI (schema version 1), committed as <c>.nuke/baseline.json</c> and regenerated
/// with <c>./build.sh CaptureBaseline</c>: per pipeline its wall-clock and runner minutes, per job, step and target
/// the median and 90th percentile of the last successful runs. Written byte-stable: keys sorted, invariant numbers, LF.
/// </summary>
/// <param name="SchemaVersion">Always <see cref="CurrentSchemaVersion"/> for this shape.</param>
/// <param name="CapturedAt">When it was captured.</param>
/// <param name="Source">Which CI system, repository and pipelines it came from.</param>
/// <param name="Pipelines">Per pipeline: workflow file name on GitHub, <c>gitlab</c> on GitLab.</param>
public sealed record Baseline(int SchemaVersion, DateTimeOffset CapturedAt, BaselineSource Source, IReadOnlyDictionary<string, PipelineBaseline> Pipelines)
{
    /// <summary>The schema version this code reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Conventional path, relative to the repository root.</summary>
    public const string DefaultPath = ".nuke/baseline.json";

    private const string Regenerate = "Regenerate it with ./build.sh CaptureBaseline.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people to read: "+01:00", not "\u002B01:00"
    };

    /// <summary>Reads and checks a baseline file.</summary>
    /// <exception cref="FileNotFoundException">There is no such file (the message says how to capture one).</exception>
    /// <exception cref="InvalidDataException">The file is malformed; the message names the file, the place and the fault.</exception>
    public static Baseline Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no timing baseline. Capture one with ./build.sh CaptureBaseline.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Like <see cref="Read"/>, but null when the file does not exist (a missing baseline is not an error).</summary>
    public static Baseline? ReadIfExists(string path) => File.Exists(path) ? Read(path) : null;

    /// <summary>Parses and checks baseline JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The text is malformed.</exception>
    public static Baseline Parse(string json, string source)
    {
        int version;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("schemaVersion", out var v) || !v.TryGetInt32(out version))
            {
                throw new InvalidDataException($"{source}: not a timing baseline (no numeric \"schemaVersion\" at the top level). {Regenerate}");
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {Describe(ex)}). {Regenerate}", ex);
        }

        if (version != CurrentSchemaVersion)
        {
            throw new InvalidDataException($"{source}: schema version {version} is not supported; this Slipway reads version {CurrentSchemaVersion}. {Regenerate}");
        }

        Baseline baseline;
        try
        {
            baseline = JsonSerializer.Deserialize<Baseline>(json, Json)!;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: at {ex.Path ?? "$"} (line {ex.LineNumber + 1}): {Describe(ex)}. {Regenerate}", ex);
        }

        if (baseline.Problems().FirstOrDefault() is { } problem)
        {
            throw new InvalidDataException($"{source}: {problem}. {Regenerate}");
        }

        return baseline;
    }

    /// <summary>The file text: keys sorted ordinally at every level, two-space indent, invariant numbers, LF, final newline.</summary>
    public string ToJson()
    {
        var sorted = Sort(JsonSerializer.SerializeToNode(this, Json));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            sorted!.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes <see cref="ToJson"/> atomically (temporary file, then rename), creating the directory.</summary>
    public void Write(string path)
    {
        Slipway.IO.AtomicFile.WriteAllText(path, ToJson());
    }

    private IEnumerable<string> Problems()
    {
        foreach (var (name, pipeline) in Pipelines)
        {
            var at = $"pipelines.{name}";
            if (pipeline.Runs < 1)
            {
                yield return $"{at}.runs is {pipeline.Runs}; it must be at least 1";
            }

            var stats = new List<(string, SampleStats?)>
            {
                ($"{at}.wallClockSeconds", pipeline.WallClockSeconds),
                ($"{at}.runnerMinutes", pipeline.RunnerMinutes),
                ($"{at}.exactRunnerMinutes", pipeline.ExactRunnerMinutes),
            };
            foreach (var (jobName, job) in pipeline.Jobs)
            {
                var j = $"{at}.jobs.{jobName}";
                stats.Add(($"{j}.durationSeconds", job.DurationSeconds));
                stats.Add(($"{j}.queuedSeconds", job.QueuedSeconds));
                stats.Add(($"{j}.runSeconds", job.RunSeconds));
                stats.AddRange(job.Steps.Select(s => ($"{j}.steps.{s.Key}", (SampleStats?)s.Value)));
                stats.AddRange(job.Targets.Select(t => ($"{j}.targets.{t.Key}", (SampleStats?)t.Value)));
            }

            foreach (var (where, s) in stats)
            {
                if (s is null)
                {
                    continue;
                }

                if (s.Samples < 1 || s.Median < 0 || !double.IsFinite(s.Median) || !double.IsFinite(s.P90))
                {
                    yield return $"{where}: median {s.Median} from {s.Samples} samples is not a measurement (samples >= 1, finite non-negative values)";
                }
                else if (s.P90 < s.Median)
                {
                    yield return $"{where}: p90 {s.P90} is below the median {s.Median}";
                }
            }
        }
    }

    // System.Text.Json appends its own 0-based " Path: ... | LineNumber: ..." to messages; the 1-based place is given instead.
    private static string Describe(JsonException ex) => ex.Message.Split([" Path: ", " LineNumber: "], StringSplitOptions.None)[0].TrimEnd('.', ' ');

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
        JsonArray a => new JsonArray([.. a.Select(e => Sort(e?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
