using System.Security.Cryptography;
using System.Text;
using Slipway.IO;

namespace Slipway.Components.CacheKey;

/// <summary>
/// The committed <c>.cache-key</c> file that GitLab's <c>cache:key:files</c> points at. GitLab hashes the files as
/// committed when it creates the pipeline, so a file a job writes can never change the key: <c>./build.sh CacheKey</c>
/// regenerates it, it is committed, and CheckGenerated reports it when stale. The content is exactly what
/// <c>sha256sum FILE...</c> prints from the repository root (<c>&lt;hex&gt;  &lt;name&gt;</c> lines), so
/// <c>sha256sum -c .cache-key</c> verifies it.
/// </summary>
public static class CacheKeyFile
{
    /// <summary>The file's path relative to the root.</summary>
    public const string FileName = ".cache-key";

    /// <summary>Marks an entry of a file list as optional: left out when absent.</summary>
    public const char OptionalSuffix = '?';

    /// <summary>The default inputs, in order: what keys the Go caches (the module, the CI image and its pins) and the NuGet cache; files marked optional may be absent.</summary>
    public static IReadOnlyList<string> DefaultFiles { get; } =
    [
        "go.mod", "go.sum?", ".gitlab-ci.yml", "Dockerfile.ci?", ".mise/config.toml?",
        // What changes the NuGet restore of the build program, for the NuGet cache keyed on this file too.
        "global.json?", "Directory.Build.props?", "Directory.Packages.props?", "NuGet.config?", "build/_build.csproj?",
    ];

    /// <summary>
    /// The expected content of <c>.cache-key</c> for <paramref name="files"/> (relative, forward slashes; a trailing
    /// <c>?</c> marks an optional file), in the order given. Pure apart from reading the files.
    /// </summary>
    /// <exception cref="CacheKeyException">A required file is missing or unreadable, or a name is not usable.</exception>
    public static string Compute(string root, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new CacheKeyException("No cache key files were given: pass --cache-key-files with at least one path.");
        }

        var text = new StringBuilder();
        foreach (var entry in files)
        {
            var optional = entry.EndsWith(OptionalSuffix);
            var name = optional ? entry[..^1] : entry;
            Validate(name);
            var path = Path.Combine(root, name);
            if (optional && !File.Exists(path) && !Directory.Exists(path))
            {
                continue;
            }

            byte[] hash;
            try
            {
                using var stream = File.OpenRead(path);
                hash = SHA256.HashData(stream);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var why = ex is FileNotFoundException or DirectoryNotFoundException ? "does not exist" : $"cannot be read ({ex.Message})";
                throw new CacheKeyException(
                    $"Cache key input '{name}' {why} (looked in {root}). Create it, or leave it out with --cache-key-files{(optional ? "" : $" (or mark it optional as '{name}{OptionalSuffix}')")}.",
                    ex);
            }

            text.Append(Convert.ToHexStringLower(hash)).Append("  ").Append(name).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Computes the content and writes <c>.cache-key</c> atomically; returns the content. Nothing is written on error.</summary>
    /// <exception cref="CacheKeyException">See <see cref="Compute"/>.</exception>
    public static string Write(string root, IReadOnlyList<string> files)
    {
        var content = Compute(root, files);
        AtomicFile.WriteAllText(Path.Combine(root, FileName), content);
        return content;
    }

    /// <summary>
    /// Null when <c>.cache-key</c> matches <paramref name="files"/>; otherwise what is wrong and how to fix it (for
    /// CheckGenerated).
    /// </summary>
    /// <exception cref="CacheKeyException">See <see cref="Compute"/>.</exception>
    public static string? FindStaleness(string root, IReadOnlyList<string> files)
    {
        var expected = Compute(root, files);
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return $"{FileName} does not exist; run './build.sh CacheKey' and commit it.";
        }

        var actual = File.ReadAllText(path);
        if (string.Equals(actual, expected, StringComparison.Ordinal))
        {
            return null;
        }

        var expectedLines = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actualLines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var changed = expectedLines.Where(l => !actualLines.Contains(l)).Select(l => l[(l.IndexOf("  ", StringComparison.Ordinal) + 2)..]).ToList();
        var detail = changed.Count > 0 ? $"changed or new: {string.Join(", ", changed)}" : "files were removed or reordered";
        return $"{FileName} is stale ({detail}); run './build.sh CacheKey' and commit it.";
    }

    // sha256sum escapes names with '\' or a newline; the file stays plain by refusing them, and stays portable by
    // refusing paths that leave the root.
    private static void Validate(string name)
    {
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Split('/').Contains("..", StringComparer.Ordinal)
            || name.Any(c => c == '\\' || char.IsControl(c)))
        {
            throw new CacheKeyException(
                $"Cache key input '{name}' is not usable: give paths relative to the repository root with forward slashes, inside it, without backslashes or control characters.");
        }
    }
}
