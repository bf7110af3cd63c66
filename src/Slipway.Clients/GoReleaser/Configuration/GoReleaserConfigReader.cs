using System.Globalization;
using Slipway.Clients.GoReleaser.Configuration.Templates;
using YamlDotNet.RepresentationModel;

namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// Reads a GoReleaser configuration (versions 1 and 2) into a <see cref="GoReleaserConfig"/>: found in GoReleaser's
/// search order or given explicitly, anchors and merge keys resolved, local <c>includes</c> merged (remote ones reported,
/// never fetched), unknown keys kept and reported. Knows nothing of the engine: usable alone.
/// </summary>
public static class GoReleaserConfigReader
{
    /// <summary>Top-level sections only GoReleaser Pro reads (from its documentation).</summary>
    public static readonly IReadOnlyList<string> ProOnlySections =
    [
        "includes", "variables", "monorepo", "nightly", "partial", "template_files", "after", "before_publish", "dmg", "msi", "nsis", "pkgs",
        "app_bundles", "npms", "cloudsmiths", "furies", "dockerhub", "prebuilt",
    ];

    private static readonly string[] KnownTopLevel =
    [
        "version", "pro", "project_name", "env", "release", "milestones", "homebrew_casks", "nix", "winget", "aurs", "aur_sources", "krews", "kos",
        "scoops", "builds", "archives", "nfpms", "srpm", "snapcrafts", "flatpak", "snapshot", "checksum", "dockers_v2", "docker_digest",
        "artifactories", "uploads", "blobs", "publishers", "changelog", "dist", "signs", "notarize", "docker_signs", "binary_signs", "env_files",
        "before", "source", "gomod", "announce", "sboms", "chocolateys", "git", "report_sizes", "metadata", "makeselfs", "universal_binaries", "upx",
        "mcp", "iru", "retry", "force_token", "github_urls", "gitlab_urls", "gitea_urls", "brews", "dockers", "docker_manifests",
    ];

    /// <summary>Reads the configuration of the project in <paramref name="directory"/>.</summary>
    /// <param name="directory">The project directory (where GoReleaser runs).</param>
    /// <param name="explicitFile">The file given with <c>--goreleaser-config</c> (GoReleaser's <c>-f</c>), relative to <paramref name="directory"/>; null searches.</param>
    /// <exception cref="GoReleaserConfigException">The file is missing or not YAML, or a value has the wrong shape; the message starts with file:line:column.</exception>
    public static GoReleaserConfig Read(string directory, string? explicitFile = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var fullDirectory = Path.GetFullPath(directory);
        var file = GoReleaserConfigFiles.Find(fullDirectory, explicitFile);
        var reading = new ConfigReading(fullDirectory);
        var goModule = ReadGoModule(fullDirectory);
        if (file is null)
        {
            var start = new SourceLocation(GoReleaserConfigFiles.SearchOrder[3], 1, 1);
            return new GoReleaserConfig
            {
                Directory = fullDirectory,
                GoModule = goModule,
                Snapshot = new SnapshotConfig(null, null, start),
                Release = new ReleaseConfig { Location = start },
            };
        }

        var files = new List<string>();
        var unresolved = new List<string>();
        var includes = new List<IncludeConfig>();
        var (merged, text) = Load(reading, file, files, includes, unresolved, []);
        var root = reading.Track(new ConfigNode(merged, "", reading));
        var config = Build(root, fullDirectory, file, text, goModule);
        var scalars = Walk(merged, reading, out var sections);
        return config with
        {
            Files = files,
            Includes = includes,
            Unresolved = unresolved,
            UnknownKeys = [.. reading.UnknownKeys()],
            Scalars = scalars,
            Sections = sections,
            EnvironmentReferences = References(scalars),
        };
    }

    // Includes come first and the including file's top-level keys replace theirs (GoReleaser Pro merges "in the order
    // they are declared"; Slipway documents this reading of it in docs/release-contract.md).
    private static (YamlMappingNode Root, string Text) Load(ConfigReading reading, string file, List<string> files, List<IncludeConfig> includes,
        List<string> unresolved, HashSet<string> seen)
    {
        if (!seen.Add(Path.GetFullPath(Path.Combine(reading.Directory, file))))
        {
            throw new GoReleaserConfigException($"{file} includes itself (directly or through another include).");
        }

        files.Add(file);
        var (root, text) = reading.Parse(file);
        var node = new ConfigNode(root, "", reading);
        var merged = new YamlMappingNode();
        foreach (var include in node.Items("includes"))
        {
            var fromFile = include.Child("from_file")?.String("path");
            var fromUrl = include.Child("from_url")?.String("url");
            includes.Add(new IncludeConfig(fromFile, fromUrl, include.Location));
            if (fromFile is not null)
            {
                var relative = Path.GetRelativePath(reading.Directory, Path.GetFullPath(Path.Combine(reading.Directory, fromFile))).Replace('\\', '/');
                var (included, _) = Load(reading, relative, files, includes, unresolved, seen);
                foreach (var (key, value) in ConfigNode.Flatten(included, reading))
                {
                    Set(merged, key, value);
                }
            }
            else if (fromUrl is not null)
            {
                unresolved.Add($"{include.Location}: includes.from_url {fromUrl} is not read offline; what it adds to the configuration is unknown to Slipway.");
            }
        }

        foreach (var (key, value) in ConfigNode.Flatten(root, reading))
        {
            Set(merged, key, value);
        }

        reading.Adopt(merged, root);
        return (merged, text);
    }

    private static void Set(YamlMappingNode mapping, string key, YamlNode value)
    {
        var existing = mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal));
        if (existing is not null)
        {
            mapping.Children.Remove(existing);
        }

        mapping.Children.Add(new YamlScalarNode(key), value);
    }

    private static GoReleaserConfig Build(ConfigNode root, string directory, string file, string text, string? goModule)
    {
        var version = root.String("version") is { } v ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
            : throw new GoReleaserConfigException($"version must be 1 or 2, not '{v}'.", root.LocationOf("version")) : (int?)null;
        var proSections = root.Keys.Where(k => ProOnlySections.Contains(k, StringComparer.Ordinal)).ToList();
        root.Accept(KnownTopLevel);
        root.Accept([.. ProOnlySections]);
        var snapshot = root.Child("snapshot");
        var release = root.Child("release");
        var checksum = root.Child("checksum");
        return new GoReleaserConfig
        {
            Directory = directory,
            File = file,
            GoModule = goModule,
            Version = version,
            ProFlag = ConfigNode.IsTrue(root.String("pro")),
            ProSchema = text.Split('\n').Take(20).Any(l => l.TrimStart().StartsWith('#') && l.Contains("schema-pro.json", StringComparison.Ordinal)),
            ProSections = proSections,
            ProjectName = root.String("project_name"),
            Env = root.Strings("env"),
            Dist = root.String("dist") ?? "dist",
            ForceToken = root.String("force_token"),
            GitHubApiUrl = ScmUrls(root, "github_urls"),
            GitLabApiUrl = ScmUrls(root, "gitlab_urls"),
            GiteaApiUrl = ScmUrls(root, "gitea_urls"),
            BeforeHooks = root.Child("before")?.Strings("hooks") ?? [],
            Builds = [.. root.Items("builds").Select(SectionReaders.Build)],
            Archives = [.. root.Items("archives").Select(SectionReaders.Archive)],
            Checksum = checksum is null ? new ChecksumConfig(null, null, false, false) : SectionReaders.Checksum(checksum),
            Snapshot = snapshot is null ? new SnapshotConfig(null, null, root.Location) : SectionReaders.Snapshot(snapshot),
            Release = release is null ? new ReleaseConfig { Location = root.Location } : SectionReaders.Release(release),
            Dockers = [.. root.Items("dockers").Select(SectionReaders.Docker)],
            DockerManifests = [.. root.Items("docker_manifests").Select(SectionReaders.DockerManifest)],
            DockersV2 = [.. root.Items("dockers_v2").Select(SectionReaders.DockerV2)],
            Kos = [.. root.Items("kos").Select(SectionReaders.Ko)],
            Publishers = [.. SectionReaders.PublisherSections.SelectMany(section => root.Items(section).Select(p => SectionReaders.Publisher(section, p)))],
            Nfpms = [.. root.Items("nfpms").Select(SectionReaders.Nfpm)],
            Signs = [.. new[] { "signs", "docker_signs", "binary_signs" }.SelectMany(section => root.Items(section).Select(s => SectionReaders.Sign(section, s)))],
            Sboms = [.. root.Items("sboms").Select(SectionReaders.Sbom)],
            Announcers = root.Child("announce") is { } announce ? SectionReaders.Announcers(announce) : [],
        };
    }

    // The section's presence says which SCM is self-hosted; its api URL, when given, where.
    private static string? ScmUrls(ConfigNode root, string key)
    {
        var urls = root.Child(key);
        urls?.Accept("upload", "download", "skip_tls_verify", "use_package_registry", "use_job_token");
        return urls is null ? null : urls.String("api") ?? "";
    }

    private static string? ReadGoModule(string directory)
    {
        var goMod = Path.Combine(directory, "go.mod");
        return File.Exists(goMod)
            ? File.ReadLines(goMod).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("module ", StringComparison.Ordinal))?["module ".Length..].Trim().Trim('"')
            : null;
    }

    private static Dictionary<string, (string Value, SourceLocation Location)> Walk(YamlMappingNode root, ConfigReading reading, out Dictionary<string, SourceLocation> sections)
    {
        var scalars = new Dictionary<string, (string, SourceLocation)>(StringComparer.Ordinal);
        var found = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        void Visit(YamlNode node, string path, int depth)
        {
            if (depth > 64)
            {
                return; // An alias cycle; YAML allows none, but a bad file must not hang the reader.
            }

            switch (node)
            {
                case YamlScalarNode scalar:
                    scalars[path] = (scalar.Value ?? "", reading.LocationOf(scalar));
                    break;
                case YamlSequenceNode sequence:
                    found[path] = reading.LocationOf(sequence);
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        Visit(sequence.Children[i], $"{path}[{i}]", depth + 1);
                    }

                    break;
                case YamlMappingNode mapping:
                    if (path.Length > 0)
                    {
                        found[path] = reading.LocationOf(mapping);
                    }

                    foreach (var (key, value) in ConfigNode.Flatten(mapping, reading))
                    {
                        Visit(value, path.Length == 0 ? key : path + "." + key, depth + 1);
                    }

                    break;
            }
        }

        Visit(root, "", 0);
        sections = found;
        return scalars;
    }

    /// <summary>Every environment variable read by a scalar of <paramref name="scalars"/>, in file order.</summary>
    internal static IReadOnlyList<EnvironmentReference> References(IReadOnlyDictionary<string, (string Value, SourceLocation Location)> scalars) =>
        [.. scalars.OrderBy(s => s.Value.Location.File, StringComparer.Ordinal).ThenBy(s => s.Value.Location.Line).ThenBy(s => s.Value.Location.Column)
            .SelectMany(s => TemplateReferences.EnvironmentVariables(s.Value.Value).Select(r => new EnvironmentReference(r.Name, s.Key, s.Value.Location, r.Optional)))];
}
