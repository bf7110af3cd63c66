using Slipway.Clients.Diagnostics;
using Slipway.Clients.GoReleaser.Configuration.Templates;

namespace Slipway.Clients.GoReleaser.Configuration.Reproducibility;

/// <summary>
/// What in a GoReleaser configuration makes two builds of one commit differ (so checksums, and the release contract's
/// promise of identical outputs, break): the build clock in ldflags, labels or archive info, no <c>-trimpath</c>, no
/// <c>mod_timestamp</c>, archive files without a fixed mtime. Each finding points at the configuration line and says the fix.
/// </summary>
public static class ReproducibilityChecks
{
    /// <summary>The tool name findings carry.</summary>
    public const string Tool = "goreleaser reproducibility";

    private const string CommitDateFix = "use {{ .CommitDate }} (or {{ .CommitTimestamp }}), which is the same for every build of a commit";

    /// <summary>Checks <paramref name="config"/>; findings have <paramref name="severity"/> (a warning by default).</summary>
    public static IReadOnlyList<Finding> Check(GoReleaserConfig config, FindingSeverity severity = FindingSeverity.Warning)
    {
        ArgumentNullException.ThrowIfNull(config);
        var findings = new List<Finding>();
        void Add(string path, string rule, string message)
        {
            var location = config.LocationOf(path);
            findings.Add(new Finding(Tool, location.File, location.Line, location.Column, severity, message, rule));
        }

        foreach (var build in config.Builds.Where(b => !b.IsSkipped && b.Builder is null or "go"))
        {
            CheckBuild(build, Add);
        }

        if (config.Builds.Count == 0 && config.File is not null)
        {
            Add("builds", ReproducibilityRules.BuildTimeInLdflags,
                $"no builds: GoReleaser's default build uses ldflags with {{{{ .Date }}}}, no -trimpath and no mod_timestamp; add a build with ldflags that {CommitDateFix}, flags: [-trimpath] and mod_timestamp: \"{{{{ .CommitTimestamp }}}}\"");
        }

        foreach (var (path, value) in TimedScalars(config))
        {
            var fields = string.Join(", ", TemplateReferences.BuildTimeFields(value).Select(f => "{{ " + f + " }}"));
            if (IsLabel(path))
            {
                Add(path, ReproducibilityRules.BuildTimeInLabels, $"{path} uses {fields}: every image build gets another value; {CommitDateFix}");
            }
            else if (path.EndsWith(".mtime", StringComparison.Ordinal))
            {
                Add(path, ReproducibilityRules.BuildTimeInArchiveInfo, $"{path} uses {fields}: every archive gets another timestamp; {CommitDateFix}");
            }
        }

        foreach (var archive in config.Archives.Where(a => !a.Meta))
        {
            if (archive.Files.Count == 0)
            {
                Add(archive.Path, ReproducibilityRules.ArchiveFilesWithoutMtime,
                    $"{archive.Path} packs GoReleaser's default files (LICENSE*, README*, CHANGELOG*) with their checkout mtime, which differs between clones; list them under files: with info: {{ mtime: \"{{{{ .CommitDate }}}}\" }}");
            }

            foreach (var (file, index) in archive.Files.Select((f, i) => (f, i)).Where(f => f.f.MTime is null))
            {
                Add($"{archive.Path}.files[{index}]", ReproducibilityRules.ArchiveFilesWithoutMtime,
                    $"{archive.Path}.files[{index}] ({file.Source}) keeps its checkout mtime, which differs between clones; give it info: {{ mtime: \"{{{{ .CommitDate }}}}\" }}");
            }
        }

        return findings;
    }

    private static void CheckBuild(BuildConfig build, Action<string, string, string> add)
    {
        if (build.Ldflags.Count == 0)
        {
            add(build.Path, ReproducibilityRules.BuildTimeInLdflags,
                $"{build.Path} has no ldflags, so GoReleaser's default applies, which sets main.date={{{{ .Date }}}}: every build embeds another date. Set ldflags, e.g. -s -w -X main.version={{{{ .Version }}}} -X main.date={{{{ .CommitDate }}}}");
        }

        foreach (var (ldflags, index) in build.Ldflags.Select((l, i) => (l, i)))
        {
            var fields = TemplateReferences.BuildTimeFields(ldflags);
            if (fields.Count > 0)
            {
                add($"{build.Path}.ldflags[{index}]", ReproducibilityRules.BuildTimeInLdflags,
                    $"{build.Path}.ldflags[{index}] uses {string.Join(", ", fields.Select(f => "{{ " + f + " }}"))}: every build embeds another value and gets another checksum; {CommitDateFix}");
            }
        }

        if (!build.Flags.Contains("-trimpath", StringComparer.Ordinal) && !build.Env.Any(e => e.StartsWith("GOFLAGS=", StringComparison.Ordinal) && e.Contains("-trimpath", StringComparison.Ordinal)))
        {
            add(build.Path + ".flags", ReproducibilityRules.NoTrimpath, $"{build.Path} builds without -trimpath: the build machine's paths end up in the binary; add flags: [-trimpath]");
        }

        if (build.ModTimestamp is null)
        {
            add(build.Path + ".mod_timestamp", ReproducibilityRules.NoModTimestamp,
                $"{build.Path} has no mod_timestamp: binaries keep their build time, and archives of them differ; add mod_timestamp: \"{{{{ .CommitTimestamp }}}}\"");
        }
    }

    private static IEnumerable<(string Path, string Value)> TimedScalars(GoReleaserConfig config) =>
        config.Scalars.Where(s => TemplateReferences.BuildTimeFields(s.Value.Value).Count > 0)
            .OrderBy(s => s.Value.Location.File, StringComparer.Ordinal).ThenBy(s => s.Value.Location.Line)
            .Select(s => (s.Key, s.Value.Value));

    private static bool IsLabel(string path) =>
        (path.StartsWith("dockers[", StringComparison.Ordinal) && path.Contains(".build_flag_templates[", StringComparison.Ordinal))
        || (path.StartsWith("dockers_v2[", StringComparison.Ordinal) && (path.Contains(".labels.", StringComparison.Ordinal) || path.Contains(".annotations.", StringComparison.Ordinal) || path.Contains(".build_args.", StringComparison.Ordinal)))
        || (path.StartsWith("kos[", StringComparison.Ordinal) && (path.Contains(".labels.", StringComparison.Ordinal) || path.Contains(".annotations.", StringComparison.Ordinal) || path.EndsWith(".creation_time", StringComparison.Ordinal)));
}
