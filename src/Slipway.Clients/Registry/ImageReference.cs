using System.Text.RegularExpressions;

namespace Slipway.Clients.Registry;

/// <summary>
/// An image reference split into registry host, repository path and tag or digest, e.g.
/// <c>127.0.0.1:5000/team/ci:tag</c>. A first component without <c>.</c> or <c>:</c> (and not <c>localhost</c>)
/// is a Docker Hub path, as the docker CLI reads it.
/// </summary>
public sealed partial record ImageReference
{
    /// <summary>The registry Docker Hub references resolve to.</summary>
    public const string DockerHub = "docker.io";

    private ImageReference(string registry, string repository, string? tag, string? digest)
    {
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>Registry host with optional port.</summary>
    public string Registry { get; }

    /// <summary>Repository path inside the registry, e.g. <c>team/ci</c>.</summary>
    public string Repository { get; }

    /// <summary>The tag, or null.</summary>
    public string? Tag { get; }

    /// <summary>The digest (<c>algorithm:hex</c>), or null.</summary>
    public string? Digest { get; }

    /// <summary>What to ask the registry for: the digest if given, else the tag, else <c>latest</c>.</summary>
    public string Reference => Digest ?? Tag ?? "latest";

    /// <summary>Parses <paramref name="value"/>.</summary>
    /// <exception cref="FormatException">The value is not a valid image reference; the message names it and the rule broken.</exception>
    public static ImageReference Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string? digest = null;
        var rest = value;
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
            if (!DigestPattern().IsMatch(digest))
            {
                throw Invalid(value, $"digest '{digest}' must look like sha256:<64 hex digits>");
            }
        }

        string? tag = null;
        var lastSlash = rest.LastIndexOf('/');
        var colon = rest.LastIndexOf(':');
        if (colon > lastSlash)
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
            if (!TagPattern().IsMatch(tag))
            {
                throw Invalid(value, $"tag '{tag}' must match [a-zA-Z0-9_][a-zA-Z0-9._-]{{0,127}}");
            }
        }

        var registry = DockerHub;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var first = rest[..slash];
            if (first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || string.Equals(first, "localhost", StringComparison.Ordinal) || first.StartsWith('['))
            {
                registry = first;
                rest = rest[(slash + 1)..];
                if (!HostPattern().IsMatch(registry))
                {
                    throw Invalid(value, $"registry host '{registry}' must be host[:port]");
                }
            }
        }

        if (rest.Length == 0)
        {
            throw Invalid(value, "the repository path is empty");
        }

        foreach (var component in rest.Split('/'))
        {
            if (!ComponentPattern().IsMatch(component))
            {
                throw Invalid(value, $"repository component '{component}' must be lowercase letters and digits, separated by '.', '_', '__' or '-'");
            }
        }

        if (string.Equals(registry, DockerHub, StringComparison.Ordinal) && !rest.Contains('/', StringComparison.Ordinal))
        {
            rest = "library/" + rest;
        }

        return new ImageReference(registry, rest, tag, digest);
    }

    /// <summary>Parses <paramref name="value"/>, returning false instead of throwing.</summary>
    public static bool TryParse(string value, out ImageReference? reference)
    {
        try
        {
            reference = Parse(value);
            return true;
        }
        catch (FormatException)
        {
            reference = null;
            return false;
        }
    }

    /// <summary>Whether <paramref name="tag"/> is a valid tag.</summary>
    public static bool IsValidTag(string tag) => TagPattern().IsMatch(tag);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Registry}/{Repository}{(Tag is null ? "" : ":" + Tag)}{(Digest is null ? "" : "@" + Digest)}";

    private static FormatException Invalid(string value, string why) => new($"'{value}' is not a valid image reference: {why}.");

    [GeneratedRegex("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TagPattern();

    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ComponentPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:[0-9a-fA-F]{32,}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DigestPattern();

    [GeneratedRegex(@"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HostPattern();
}
