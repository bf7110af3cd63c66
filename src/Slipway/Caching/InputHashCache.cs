using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Slipway.Execution;
using Slipway.Graph;

namespace Slipway.Caching;

/// <summary>
/// Skips a target that declares <c>Inputs</c> when its fingerprint (input files, declared variables, parameter values,
/// required tools, platform, its own definition and the build code) equals the one of its last successful run on
/// this machine and the outputs that run left are still there, unchanged. Anything unreadable or unexpected means
/// "run", never a crash.
/// </summary>
/// <remarks>
/// The fingerprint recorded after a success is the one taken right before the run, not after it: a file edited while
/// the target ran (by the user, or by the target itself) then makes the next run run again instead of being
/// mistaken for an input the target saw. Starting a run deletes the target's record, so a failed run is never
/// followed by a stale "up to date".
/// </remarks>
public sealed class InputHashCache : IUpToDateCheck
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly BuildContext _context;
    private readonly InputFingerprinter _fingerprinter;
    private readonly HashSet<string> _forced;
    private readonly ConcurrentDictionary<string, (InputFingerprint Fingerprint, string Salt)> _running = new(StringComparer.Ordinal);

    /// <summary>Creates the check for one run.</summary>
    /// <param name="context">The run's context (root, environment, parameters, tools, <c>--force</c>, log).</param>
    /// <param name="buildType">The build class; its assembly and the assemblies it references identify the build code.</param>
    /// <param name="platform">The platform string to hash; the current OS, architecture and runtime identifier when null.</param>
    /// <exception cref="BuildConfigurationException">A target declares an invalid input or output glob.</exception>
    public InputHashCache(BuildContext context, Type buildType, string? platform = null)
    {
        _context = context;
        _fingerprinter = new InputFingerprinter(context, buildType, platform ?? InputFingerprinter.CurrentPlatform);
        _forced = new HashSet<string>(context.Options.Force, StringComparer.OrdinalIgnoreCase);
        foreach (var node in context.Graph?.Nodes ?? [])
        {
            _ = new FileGlob(node.Definition.Inputs);
            _ = new FileGlob(node.Definition.Outputs);
        }
    }

    /// <summary>Where the record of <paramref name="target"/> lives: <c>.nuke/temp/cache/&lt;target&gt;.json</c>.</summary>
    public static string RecordPath(BuildContext context, string target) => Path.Combine(context.TemporaryDirectory, "cache", target + ".json");

    /// <inheritdoc />
    public string? Check(TargetNode target)
    {
        if (target.Definition.Inputs.Count == 0)
        {
            return null;
        }

        string reason;
        try
        {
            var (record, problem) = Read(target.Name);
            var salt = record?.Salt ?? InputFingerprinter.NewSalt();
            var fingerprint = _fingerprinter.Compute(target, salt);
            _running[target.Name] = (fingerprint, salt);
            WarnAboutEmptyInputs(target, fingerprint);
            reason = _forced.Contains(target.Name) ? "forced by --force"
                : problem ?? Compare(record!, fingerprint) ?? CheckOutputs(target, record!) ?? "";
            if (reason.Length == 0)
            {
                _context.Log.Information("{Target} is unchanged since its last success (inputs {Hash})", target.Name, fingerprint.Hash);
                return string.Create(CultureInfo.InvariantCulture,
                    $"inputs {fingerprint.Hash[..8]}…, {fingerprint.Files.Count} files, last success {record!.SucceededAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BuildConfigurationException)
        {
            _running.TryRemove(target.Name, out _);
            reason = $"the up-to-date check failed ({ex.Message})";
        }

        _context.Log.Information("{Target} must run: {Reason}", target.Name, reason);
        Delete(target.Name);
        return null;
    }

    /// <inheritdoc />
    public void RecordSuccess(TargetNode target)
    {
        if (!_running.TryRemove(target.Name, out var taken))
        {
            return;
        }

        try
        {
            var outputs = new SortedDictionary<string, OutputStamp>(StringComparer.Ordinal);
            foreach (var path in new FileGlob(target.Definition.Outputs).Match(_context.RootDirectory))
            {
                if (OutputStamp.Of(_context.PathTo(path)) is { } stamp)
                {
                    outputs[path] = stamp;
                }
            }

            foreach (var missing in MissingOutputs(target))
            {
                _context.Log.Warning("{Target} declares output {Output}, which matched no file after a successful run; it will run every time", target.Name, missing);
            }

            var record = new CacheRecord(CacheRecord.CurrentFormat, target.Name, taken.Salt, DateTimeOffset.UtcNow, taken.Fingerprint, outputs);
            IO.AtomicFile.WriteAllText(RecordPath(_context, target.Name), JsonSerializer.Serialize(record, Json));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _context.Log.Warning("Could not record the success of {Target} ({Message}); it will run next time", target.Name, ex.Message);
        }
    }

    private (CacheRecord? Record, string? Problem) Read(string target)
    {
        var path = RecordPath(_context, target);
        if (!File.Exists(path))
        {
            return (null, "no previous successful run recorded");
        }

        try
        {
            var record = JsonSerializer.Deserialize<CacheRecord>(File.ReadAllText(path), Json);
            return record is { Salt: not null, Inputs: { Hash: not null, Files: not null, Variables: not null, Parameters: not null, Tools: not null }, Outputs: not null }
                ? record.Format == CacheRecord.CurrentFormat ? (record, null) : (null, $"record has format {record.Format}, this Slipway writes {CacheRecord.CurrentFormat}")
                : (null, $"record unreadable: {path} lacks required fields");
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, $"record unreadable: {ex.Message}");
        }
    }

    /// <summary>Why <paramref name="now"/> differs from the recorded fingerprint, naming what changed (never a value); null when equal.</summary>
    private static string? Compare(CacheRecord record, InputFingerprint now)
    {
        var was = record.Inputs;
        if (string.Equals(was.Hash, now.Hash, StringComparison.Ordinal))
        {
            return null;
        }

        var changes = new List<string>();
        if (!string.Equals(was.Definition, now.Definition, StringComparison.Ordinal))
        {
            changes.Add("the target's definition or the build code changed");
        }

        if (!string.Equals(was.Platform, now.Platform, StringComparison.Ordinal))
        {
            changes.Add($"platform changed (was '{was.Platform}', now '{now.Platform}')");
        }

        var files = Differences(was.Files, now.Files);
        if (files.Count > 0)
        {
            changes.Add($"input files changed: {string.Join(", ", files.Take(5))}{(files.Count > 5 ? $" and {files.Count - 5} more" : "")}");
        }

        changes.AddRange(Differences(was.Variables, now.Variables).Select(v => "environment variable " + v));
        changes.AddRange(Differences(was.Parameters, now.Parameters).Select(p => "parameter " + p));
        changes.AddRange(Differences(was.Tools, now.Tools).Select(t => "tool " + t));
        return $"inputs {now.Hash[..8]}… differ from the last success ({was.Hash[..8]}…): "
            + (changes.Count > 0 ? string.Join("; ", changes) : "inputs changed");
    }

    private static List<string> Differences(IReadOnlyDictionary<string, string> was, IReadOnlyDictionary<string, string> now) =>
    [
        .. now.Keys.Union(was.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(k => !string.Equals(was.GetValueOrDefault(k), now.GetValueOrDefault(k), StringComparison.Ordinal))
            .Select(k => k + (was.ContainsKey(k) ? now.ContainsKey(k) ? " changed" : " removed" : " added")),
    ];

    private string? CheckOutputs(TargetNode target, CacheRecord record)
    {
        foreach (var (path, stamp) in record.Outputs)
        {
            var current = OutputStamp.Of(_context.PathTo(path));
            if (current != stamp)
            {
                return current is null ? $"output {path} missing" : $"output {path} changed since the last success";
            }
        }

        return MissingOutputs(target).FirstOrDefault() is { } missing ? $"output {missing} missing" : null;
    }

    /// <summary>The declared output globs that match no file now.</summary>
    private IEnumerable<string> MissingOutputs(TargetNode target)
    {
        var excludes = target.Definition.Outputs.Where(o => o.StartsWith('!')).ToList();
        return target.Definition.Outputs
            .Where(o => !o.StartsWith('!'))
            .Where(o => new FileGlob([o, .. excludes]).Match(_context.RootDirectory).Count == 0);
    }

    private void WarnAboutEmptyInputs(TargetNode target, InputFingerprint fingerprint)
    {
        foreach (var glob in target.Definition.Inputs.Where(g => !g.StartsWith('!')))
        {
            var matcher = new FileGlob([glob]);
            if (!fingerprint.Files.Keys.Any(matcher.IsMatch))
            {
                _context.Log.Warning("{Target}: input {Glob} matches no file; a typo here would hide changes from the up-to-date check", target.Name, glob);
            }
        }
    }

    private void Delete(string target)
    {
        try
        {
            File.Delete(RecordPath(_context, target));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _context.Log.Warning("Could not delete the record of {Target}: {Message}", target, ex.Message);
        }
    }
}
