using System.Globalization;
using Serilog;
using Slipway.Tooling;

namespace Slipway.Components.CiImage;

/// <summary>
/// The OCI labels that say where an image came from: <c>org.opencontainers.image.source</c> (the CI system's project
/// URL, else git's <c>origin</c>), <c>revision</c> (the CI commit, else <c>HEAD</c>) and <c>created</c> (the commit
/// date, not the build time, so rebuilding the same commit labels it the same).
/// </summary>
public static class ImageSourceLabels
{
    /// <summary>The label keys.</summary>
    public const string Source = "org.opencontainers.image.source", Revision = "org.opencontainers.image.revision", Created = "org.opencontainers.image.created", Version = "org.opencontainers.image.version";

    /// <summary>Finds the labels for the repository at <paramref name="root"/>; leaves out (with a warning) what cannot be found.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> DetectAsync(
        ProcessRunner processes, string root, Slipway.Hosts.Host host, ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(log);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var revision = host.IsCi ? host.Commit ?? "HEAD" : "HEAD";
        var commit = await GitAsync(processes, root, cancellationToken, "show", "-s", "--format=%H %ct", revision);
        if (commit?.Split(' ') is [var sha, var seconds] && long.TryParse(seconds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix))
        {
            labels[Revision] = sha;
            labels[Created] = DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        else
        {
            log.Warning("No commit found for {Revision} in {Root} (not a git repository, or git is missing): the image gets no revision and created labels", revision, root);
        }

        var source = host.SourceUrl ?? await GitAsync(processes, root, cancellationToken, "config", "--get", "remote.origin.url");
        if (source is not null)
        {
            labels[Source] = source;
        }

        return labels;
    }

    private static async Task<string?> GitAsync(ProcessRunner processes, string root, CancellationToken cancellationToken, params string[] arguments)
    {
        try
        {
            var result = await processes.RunAsync(new ProcessSpec("git", arguments) { WorkingDirectory = root, ThrowOnFailure = false, LogOutput = false, Timeout = TimeSpan.FromSeconds(30) }, cancellationToken);
            return result.ExitCode == 0 && result.StandardOutput.Trim() is { Length: > 0 } text ? text : null;
        }
        catch (ProcessFailedException)
        {
            return null; // git is not installed: the labels are a courtesy, not a reason to fail
        }
    }
}
