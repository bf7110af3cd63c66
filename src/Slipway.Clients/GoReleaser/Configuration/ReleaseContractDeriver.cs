using System.Text.RegularExpressions;
using Slipway.Clients.GoReleaser.Configuration.Templates;

namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// Derives the <see cref="ReleaseContract"/> a configuration defines, applying GoReleaser v2's defaults (internal/pipe/*
/// Default): platforms from the builds, archive and checksum names from their templates, binaries, ldflags variables,
/// images and manifests. Templates are rendered offline with placeholders for what only a release knows
/// (<c>{version}</c>, <c>{tag}</c>, <c>{commit}</c>), an empty environment (so <c>envOrDefault</c> gives its default), and
/// <c>IsSnapshot</c> false; a template needing anything else is listed in <see cref="ReleaseContract.Unresolved"/>, never guessed.
/// </summary>
public static partial class ReleaseContractDeriver
{
    /// <summary>GoReleaser's default archive <c>name_template</c> (internal/pipe/archive).</summary>
    public const string DefaultArchiveNameTemplate =
        "{{ .ProjectName }}_{{ .Version }}_{{ .Os }}_{{ .Arch }}{{ with .Arm }}v{{ . }}{{ end }}{{ with .Mips }}_{{ . }}{{ end }}{{ if not (eq .Amd64 \"v1\") }}{{ .Amd64 }}{{ end }}";

    /// <summary>GoReleaser's default archive <c>name_template</c> for the <c>binary</c> format.</summary>
    public const string DefaultBinaryArchiveNameTemplate =
        "{{ .Binary }}_{{ .Version }}_{{ .Os }}_{{ .Arch }}{{ with .Arm }}v{{ . }}{{ end }}{{ with .Mips }}_{{ . }}{{ end }}{{ if not (eq .Amd64 \"v1\") }}{{ .Amd64 }}{{ end }}";

    /// <summary>GoReleaser's default checksum <c>name_template</c> (internal/pipe/checksums).</summary>
    public const string DefaultChecksumNameTemplate = "{{ .ProjectName }}_{{ .Version }}_checksums.txt";

    /// <summary>GoReleaser's default <c>ldflags</c> for Go builds (internal/builders/golang).</summary>
    public const string DefaultLdflags = "-s -w -X main.version={{.Version}} -X main.commit={{.Commit}} -X main.date={{.Date}} -X main.builtBy=goreleaser";

    /// <summary>Derives the contract.</summary>
    /// <exception cref="GoReleaserConfigException">The project name cannot be known, or a build target is malformed.</exception>
    public static ReleaseContract Derive(GoReleaserConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var unresolved = new List<string>();
        var project = ProjectName(config);
        var builds = config.Builds.Count > 0 ? config.Builds.Where(b => !b.IsSkipped).ToList()
            : [new BuildConfig { Path = "builds", Location = config.LocationOf("builds") }];
        var resolved = builds.Select(b => (Build: b, Id: b.Id ?? project, Binary: Render(b.Binary ?? project, Data(project, null), b.Path + ".binary", unresolved) ?? project,
            Platforms: BuildTargets.For(b))).ToList();
        var platforms = resolved.SelectMany(b => b.Platforms).Distinct().ToList();
        var archives = (config.Archives.Count > 0 ? config.Archives : [new ArchiveConfig { Path = "archives", Location = config.LocationOf("archives") }])
            .Select(a => Archive(a, project, platforms, config.Archives.Count > 1, [.. resolved.Select(b => (b.Id, b.Binary))], unresolved)).ToList();
        var checksumTemplate = config.Checksum.NameTemplate ?? DefaultChecksumNameTemplate;
        var images = Images(config, project, unresolved);
        var manifests = config.DockerManifests.Select(m => new ReleaseManifestContract(
            Render(m.NameTemplate, Data(project, null), m.Path + ".name_template", unresolved) ?? m.NameTemplate,
            [.. m.ImageTemplates.Select((t, i) => Render(t, Data(project, null), $"{m.Path}.image_templates[{i}]", unresolved) ?? t)])).ToList();
        unresolved.AddRange(config.Unresolved);
        return new ReleaseContract
        {
            ProjectName = project,
            Binaries = [.. resolved.Select(b => b.Binary).Distinct(StringComparer.Ordinal)],
            Platforms = platforms,
            Archive = archives[0],
            MoreArchives = archives.Count > 1 ? archives.Skip(1).ToList() : null,
            Checksum = new ReleaseChecksumContract
            {
                Algorithm = config.Checksum.Algorithm ?? "sha256",
                NamePattern = Render(checksumTemplate, Data("{project}", null), "checksum.name_template", unresolved) ?? checksumTemplate,
            },
            LinkerVariables = LinkerVariables(builds),
            Builds = resolved.Count > 1 ? [.. resolved.Select(b => new ReleaseBuildContract(b.Id, b.Binary, [.. b.Platforms.Select(p => p.Key)]))] : null,
            Images = images.Count > 0 ? images : null,
            Manifests = manifests.Count > 0 ? manifests : null,
            Unresolved = unresolved.Count > 0 ? unresolved : null,
        };
    }

    /// <summary>The project name as GoReleaser guesses it: <c>project_name</c>, the release repository's name, then the last element of go.mod's module.</summary>
    /// <exception cref="GoReleaserConfigException">None of them is there.</exception>
    public static string ProjectName(GoReleaserConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.ProjectName ?? config.Release.Name ?? config.GoModule?.Split('/')[^1]
            ?? throw new GoReleaserConfigException(
                "project_name cannot be derived: the configuration has no project_name, release names no repository, and there is no go.mod. Add project_name to the configuration.",
                config.LocationOf("project_name"));
    }

    /// <summary>The template fields known before a release, with placeholders for the rest; <paramref name="platform"/> adds .Os, .Arch and the variants.</summary>
    public static Dictionary<string, object?> Data(string projectName, ReleasePlatform? platform, string? binary = null, IReadOnlyDictionary<string, string>? replacements = null)
    {
        string Replace(string value) => replacements?.GetValueOrDefault(value) ?? value;
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ProjectName"] = projectName,
            ["Version"] = "{version}",
            ["RawVersion"] = "{version}",
            ["Tag"] = "{tag}",
            ["Commit"] = "{commit}",
            ["FullCommit"] = "{commit}",
            ["IsSnapshot"] = false,
            ["IsNightly"] = false,
            ["IsDraft"] = false,
            ["Env"] = new Dictionary<string, object?>(StringComparer.Ordinal),
        };
        if (binary is not null)
        {
            data["Binary"] = binary;
        }

        if (platform is not null)
        {
            data["Os"] = Replace(platform.Goos);
            data["Arch"] = Replace(platform.Goarch);
            data["Arm"] = platform.Goarm is null ? "" : Replace(platform.Goarm);
            data["Amd64"] = platform.Goamd64 ?? (string.Equals(platform.Goarch, "amd64", StringComparison.Ordinal) ? "v1" : "");
            data["Arm64"] = string.Equals(platform.Goarch, "arm64", StringComparison.Ordinal) ? "v8.0" : "";
            data["Mips"] = "";
            data["I386"] = "";
            data["Target"] = platform.Key.Replace('/', '_');
        }

        return data;
    }

    private static ReleaseArchiveContract Archive(ArchiveConfig archive, string project, IReadOnlyList<ReleasePlatform> platforms, bool several,
        IReadOnlyList<(string Id, string Binary)> builds, List<string> unresolved)
    {
        var formats = archive.Formats.Count > 0 ? archive.Formats : ["tar.gz"];
        var template = archive.NameTemplate ?? (formats.Contains("binary", StringComparer.Ordinal) ? DefaultBinaryArchiveNameTemplate : DefaultArchiveNameTemplate);
        var buildIds = builds.Select(b => b.Id).ToList();
        // .Binary in an archive name is the name of the first binary the archive packs.
        var binary = builds.FirstOrDefault(b => archive.Ids.Count == 0 || archive.Ids.Contains(b.Id, StringComparer.Ordinal)).Binary ?? project;
        var where = archive.Path + ".name_template";
        var symbolic = new ReleasePlatform("{goos}", "{goarch}");
        var pattern = TryRender(template, Data("{project}", symbolic, binary), out var generic) ? generic + ".{format}" : null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var platform in platforms)
        {
            if (!TryRender(template, Data("{project}", platform, binary, archive.Replacements), out var concrete, out var why))
            {
                unresolved.Add($"{where}: {why}");
                break;
            }

            var fromPattern = pattern?.Replace("{goos}", platform.Goos, StringComparison.Ordinal).Replace("{goarch}", platform.Goarch, StringComparison.Ordinal);
            if (!string.Equals(fromPattern, concrete + ".{format}", StringComparison.Ordinal))
            {
                names[platform.Key] = concrete + ".{format}";
            }
        }

        return new ReleaseArchiveContract
        {
            Id = several ? archive.Id ?? "default" : null,
            // A pattern that fits no platform is no pattern: the first platform's name stands in, the names give the rest.
            NamePattern = names.Count == platforms.Count && platforms.Count > 0 ? names[platforms[0].Key] : pattern ?? template,
            Names = names.Count == platforms.Count && platforms.Count > 0 ? Without(names, platforms[0].Key) : names.Count > 0 ? names : null,
            Format = formats[0],
            Formats = formats.Count > 1 ? formats : null,
            FormatOverrides = archive.FormatOverrides.Where(o => o.Formats.Count > 0).GroupBy(o => o.Goos, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Formats[0], StringComparer.Ordinal),
            Builds = archive.Ids.Count > 0 && !buildIds.All(archive.Ids.Contains) ? archive.Ids : null,
        };
    }

    private static Dictionary<string, string>? Without(Dictionary<string, string> names, string key)
    {
        names.Remove(key);
        return names.Count > 0 ? names : null;
    }

    private static List<ReleaseImageContract> Images(GoReleaserConfig config, string project, List<string> unresolved)
    {
        // Image names may come from the environment ($CI_REGISTRY_IMAGE): kept as $NAME. Label values must match exactly, so an unknown one is "*".
        var data = Publishing.ImageReferences.WithPlaceholderEnvironment(Data(project, null));
        var labelData = Data(project, null);
        string Value(string template) => TryRender(template, labelData, out var value) ? value : ReleaseContract.AnyValue;
        var images = new List<ReleaseImageContract>();
        images.AddRange(config.Dockers.Select(d => new ReleaseImageContract
        {
            Kind = "dockers",
            Id = d.Id,
            Images = [.. d.ImageTemplates.Select((t, i) => Render(t, data, $"{d.Path}.image_templates[{i}]", unresolved) ?? t)],
            Platforms = [d.Platform],
            Dockerfile = d.Dockerfile,
            Labels = d.Labels.ToDictionary(l => l.Key, l => Value(l.Value), StringComparer.Ordinal),
        }));
        images.AddRange(config.DockersV2.Where(d => !d.IsDisabled).Select(d =>
        {
            var names = d.Images.Select((t, i) => Render(t, data, $"{d.Path}.images[{i}]", unresolved)).OfType<string>().Where(n => n.Length > 0).ToList();
            var tags = d.Tags.Select((t, i) => Render(t, data, $"{d.Path}.tags[{i}]", unresolved)).OfType<string>().Where(t => t.Length > 0).ToList();
            return new ReleaseImageContract
            {
                Kind = "dockers_v2",
                Id = d.Id ?? project,
                Images = [.. names.SelectMany(n => tags.Select(t => n + ":" + t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Platforms = d.Platforms,
                Dockerfile = d.Dockerfile,
                Labels = d.Labels.ToDictionary(l => l.Key, l => Value(l.Value), StringComparer.Ordinal),
            };
        }));
        images.AddRange(config.Kos.Where(k => !k.IsDisabled).Select(k =>
        {
            var tags = (k.Tags.Count > 0 ? k.Tags : ["latest"]).Select((t, i) => Render(t, data, $"{k.Path}.tags[{i}]", unresolved)).OfType<string>().Where(t => t.Length > 0).ToList();
            var repositories = k.Repositories.Select((r, i) => Render(r, data, $"{k.Path}.repositories[{i}]", unresolved)).OfType<string>().ToList();
            if (repositories.Count == 0)
            {
                unresolved.Add($"{k.Path}.repositories: none given; ko then pushes to $KO_DOCKER_REPO, known only at release time");
            }

            return new ReleaseImageContract
            {
                Kind = "kos",
                Id = k.Id,
                Images = [.. repositories.SelectMany(r => tags.Select(t => r + ":" + t))],
                Platforms = k.Platforms.Count > 0 ? k.Platforms : ["linux/amd64"],
                Labels = k.Labels.ToDictionary(l => l.Key, l => Value(l.Value), StringComparer.Ordinal),
            };
        }));
        return images;
    }

    private static IReadOnlyDictionary<string, string> LinkerVariables(IEnumerable<BuildConfig> builds)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ldflags in builds.Select(b => b.Ldflags.Count > 0 ? b.Ldflags : [DefaultLdflags]))
        {
            foreach (Match match in ldflags.SelectMany(l => LinkerVariable().Matches(l)))
            {
                var value = match.Groups["value"].Value.Trim('\'', '"');
                variables.TryAdd(match.Groups["name"].Value, ExpectedValue(value));
            }
        }

        return variables;
    }

    // {{ .Version }} and {{ .Commit }}/{{ .FullCommit }} are checkable against metadata.json; a literal is itself; anything else any value.
    private static string ExpectedValue(string value) =>
        SingleField().Match(value) is { Success: true } field ? field.Groups["field"].Value switch
        {
            "Version" => "{version}",
            "Commit" or "FullCommit" => "{commit}",
            _ => ReleaseContract.AnyValue,
        }
        : GoTemplate.IsTemplate(value) ? ReleaseContract.AnyValue : value;

    private static string? Render(string template, Dictionary<string, object?> data, string path, List<string> unresolved)
    {
        if (TryRender(template, data, out var value, out var why))
        {
            return value;
        }

        unresolved.Add($"{path}: {why}");
        return null;
    }

    private static bool TryRender(string template, Dictionary<string, object?> data, out string value) => TryRender(template, data, out value, out _);

    private static bool TryRender(string template, Dictionary<string, object?> data, out string value, out string why)
    {
        try
        {
            value = GoTemplate.Render(template, data);
            why = "";
            return true;
        }
        catch (TemplateException ex)
        {
            value = "";
            why = ex.Message;
            return false;
        }
    }

    [GeneratedRegex(@"-X[ =](?<name>[^=\s]+)=(?<value>'[^']*'|""[^""]*""|(?:\{\{.*?\}\}|[^\s{])+)", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex LinkerVariable();

    [GeneratedRegex(@"^\{\{-?\s*\.(?<field>[A-Za-z]+)\s*-?\}\}$", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex SingleField();
}
