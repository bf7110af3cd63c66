using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Templates;
using Slipway.Hosts;

namespace Slipway.Components.Release;

/// <summary>
/// The snapshot version of a build: a tag keeps its version (<c>v1.2.3</c> gives <c>1.2.3</c>, as GoReleaser strips the
/// <c>v</c>); a branch gives its slug and the first 8 characters of the commit, e.g. <c>main-a1b2c3d4</c>.
/// </summary>
public static class SnapshotVersions
{
    private const int MaxSlugLength = 63;

    // "{{ .Version }}-SNAPSHOT-{{ .ShortCommit }}" as one template expression: printf "%s-SNAPSHOT-%s" .Version .ShortCommit.
    private static string FallbackOf(string template)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(template, @"(?<action>\{\{-?\s*.*?\s*-?\}\})", System.Text.RegularExpressions.RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1))
            .Where(p => p.Length > 0).ToList();
        var format = string.Concat(parts.Select(p => p.StartsWith("{{", StringComparison.Ordinal) ? "%s" : p.Replace("%", "%%", StringComparison.Ordinal)));
        var arguments = parts.Where(p => p.StartsWith("{{", StringComparison.Ordinal)).Select(p => "(" + p.Trim('{', '}', '-', ' ') + ")");
        return parts.Count == 1 && parts[0].StartsWith("{{", StringComparison.Ordinal) ? parts[0].Trim('{', '}', '-', ' ') : $"printf \"{format}\" {string.Join(' ', arguments)}";
    }

    /// <summary>The version for <paramref name="host"/>'s tag or branch and commit; null when the commit is unknown.</summary>
    public static string? For(Host host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Tag is { Length: > 0 } tag)
        {
            return tag.StartsWith('v') && tag.Length > 1 && char.IsAsciiDigit(tag[1]) ? tag[1..] : tag;
        }

        return host.Commit is { Length: >= 8 } commit ? ForBranch(host.Branch ?? "detached", commit) : null;
    }

    /// <summary>
    /// The version of <paramref name="branch"/> at <paramref name="commit"/>: its slug and the commit's first 8 characters,
    /// e.g. <c>feature-new-auth-a1b2c3d4</c>. Also the tag of the branch's pre-release.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="commit"/> is shorter than 8 characters.</exception>
    public static string ForBranch(string branch, string commit)
    {
        ArgumentNullException.ThrowIfNull(branch);
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.Length < 8)
        {
            throw new ArgumentException($"A commit of at least 8 characters is needed, got '{commit}'.", nameof(commit));
        }

        return $"{Slug(branch)}-{commit[..8].ToLowerInvariant()}";
    }

    /// <summary>A ref as GitLab's <c>CI_COMMIT_REF_SLUG</c> shapes it: lowercase, a-z and 0-9 kept, the rest <c>-</c>, at most 63 characters, no <c>-</c> at the ends.</summary>
    public static string Slug(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slug = new string([.. reference.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        slug = slug[..Math.Min(slug.Length, MaxSlugLength)].Trim('-');
        return slug.Length == 0 ? "ref" : slug;
    }

    /// <summary>
    /// True when the GoReleaser configuration's snapshot template reads <c>SNAPSHOT_VERSION</c>, or when Slipway sets no
    /// version (commit unknown). Otherwise throws the bad-input error saying how to change the template, so a build that
    /// would be labelled with the wrong version never starts.
    /// </summary>
    /// <exception cref="BuildConfigurationException">The configuration ignores the version, or cannot be read.</exception>
    public static bool ConfigurationReadsVersion(ISnapshotBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.SnapshotVersion is null)
        {
            return true;
        }

        GoReleaserConfig config;
        try
        {
            config = GoReleaserConfigReader.Read(build.GoDirectory, build.GoReleaserConfig);
        }
        catch (GoReleaserConfigException ex)
        {
            throw new BuildConfigurationException($"The GoReleaser configuration cannot be read: {ex.Message}", ex);
        }

        var template = config.Snapshot.EffectiveTemplate;
        if (TemplateReferences.EnvironmentVariables(template).Any(v => string.Equals(v.Name, GoReleaserCommand.SnapshotVersionVariable, StringComparison.Ordinal)))
        {
            return true;
        }

        var key = config.Snapshot.NameTemplate is not null ? "snapshot.name_template" : "snapshot.version_template";
        var where = config.File is null ? "the GoReleaser configuration (there is none: GoReleaser's default template applies)" : $"{config.LocationOf(key)} {key}";
        throw new BuildConfigurationException(
            $"{where} is '{template}', which does not read {GoReleaserCommand.SnapshotVersionVariable}: the snapshot would be versioned by GoReleaser, not as {build.SnapshotVersion}. "
            + $"Set it to read the version Slipway passes, keeping yours as the fallback: {key}: '{{{{ envOrDefault \"{GoReleaserCommand.SnapshotVersionVariable}\" ({FallbackOf(template)}) }}}}'.");
    }
}
