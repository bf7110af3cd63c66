using System.Formats.Tar;

namespace Slipway.Clients.Docker;

/// <summary>Writes a build context directory as a tar stream, leaving out what <c>.dockerignore</c> excludes.</summary>
public sealed class BuildContextWriter
{
    private readonly string _root;
    private readonly DockerIgnore _ignore;
    private readonly HashSet<string> _alwaysIncluded;

    /// <summary>Prepares a writer for <paramref name="contextDirectory"/>; <paramref name="dockerfile"/> is always sent.</summary>
    public BuildContextWriter(string contextDirectory, string dockerfile = "Dockerfile")
    {
        ArgumentNullException.ThrowIfNull(contextDirectory);
        if (!Directory.Exists(contextDirectory))
        {
            throw new DirectoryNotFoundException($"Build context directory '{contextDirectory}' does not exist.");
        }

        _root = Path.GetFullPath(contextDirectory);
        _ignore = DockerIgnore.Load(_root);
        // The daemon needs these even when .dockerignore names them (the docker CLI does the same).
        _alwaysIncluded = new HashSet<string>(StringComparer.Ordinal) { ".dockerignore", dockerfile.Replace('\\', '/').TrimStart('.', '/') };
    }

    /// <summary>The context-relative paths (slash-separated) that will be sent, in tar order.</summary>
    public IEnumerable<string> Entries() => Walk(_root, "").Select(e => e.Relative);

    /// <summary>Writes the tar to <paramref name="destination"/>.</summary>
    public async Task WriteAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        await using var tar = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var (full, relative) in Walk(_root, ""))
        {
            await tar.WriteEntryAsync(full, relative, cancellationToken);
        }
    }

    private IEnumerable<(string Full, string Relative)> Walk(string directory, string prefix)
    {
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var relative = prefix + entry.Name;
            var excluded = _ignore.IsExcluded(relative) && !_alwaysIncluded.Contains(relative);
            var isDirectory = entry is DirectoryInfo && entry.LinkTarget is null;
            if (!excluded)
            {
                yield return (entry.FullName, relative);
            }

            // An excluded directory is still walked when a '!' rule may re-include something inside it.
            if (isDirectory && (!excluded || _ignore.HasExceptions || _alwaysIncluded.Any(p => p.StartsWith(relative + "/", StringComparison.Ordinal))))
            {
                foreach (var child in Walk(entry.FullName, relative + "/"))
                {
                    yield return child;
                }
            }
        }
    }
}
