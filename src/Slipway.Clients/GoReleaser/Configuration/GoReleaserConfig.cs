namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// A project's GoReleaser configuration as written (versions 1 and 2, local includes merged), read by
/// <see cref="GoReleaserConfigReader"/>. Values are kept as written, templates unexpanded; GoReleaser's defaults are applied
/// where noted on each member, and by <see cref="ReleaseContractDeriver"/> and <see cref="Publishing.PublishingNeeds"/>.
/// </summary>
public sealed record GoReleaserConfig
{
    /// <summary>The project directory (where GoReleaser runs).</summary>
    public required string Directory { get; init; }

    /// <summary>The configuration file relative to <see cref="Directory"/>, or null when there is none (GoReleaser runs on defaults).</summary>
    public string? File { get; init; }

    /// <summary>Every file read: <see cref="File"/> then the local includes, in reading order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary><c>version</c>: 1, 2, or null when absent (GoReleaser v2 then warns and reads it as version 1).</summary>
    public int? Version { get; init; }

    /// <summary><c>pro: true</c>.</summary>
    public bool ProFlag { get; init; }

    /// <summary>The file's modeline names GoReleaser Pro's schema (<c>schema-pro.json</c>).</summary>
    public bool ProSchema { get; init; }

    /// <summary>Top-level sections only GoReleaser Pro knows (<c>includes</c>, <c>monorepo</c>, <c>nightly</c>...), as present.</summary>
    public IReadOnlyList<string> ProSections { get; init; } = [];

    /// <summary>True when the configuration needs GoReleaser Pro (flag, schema or Pro-only sections): CI must install the Pro distribution with <c>GORELEASER_KEY</c>.</summary>
    public bool RequiresPro => ProFlag || ProSchema || ProSections.Count > 0;

    /// <summary><c>project_name</c>, or null (GoReleaser then guesses from the release repository, go.mod or the git remote).</summary>
    public string? ProjectName { get; init; }

    /// <summary>The <c>module</c> line of <c>go.mod</c> in <see cref="Directory"/>, or null.</summary>
    public string? GoModule { get; init; }

    /// <summary><c>env</c>: <c>KEY=VALUE</c> templates set for every step.</summary>
    public IReadOnlyList<string> Env { get; init; } = [];

    /// <summary><c>dist</c>; GoReleaser defaults it to <c>dist</c>.</summary>
    public string Dist { get; init; } = "dist";

    /// <summary><c>force_token</c> (<c>github</c>, <c>gitlab</c>, <c>gitea</c>), or null.</summary>
    public string? ForceToken { get; init; }

    /// <summary><c>gitlab_urls.api</c> (empty when the section has none), or null when there is no <c>gitlab_urls</c>.</summary>
    public string? GitLabApiUrl { get; init; }

    /// <summary><c>github_urls.api</c> (empty when the section has none), or null when there is no <c>github_urls</c> (GitHub Enterprise).</summary>
    public string? GitHubApiUrl { get; init; }

    /// <summary><c>gitea_urls.api</c> (empty when the section has none), or null when there is no <c>gitea_urls</c>.</summary>
    public string? GiteaApiUrl { get; init; }

    /// <summary><c>before.hooks</c>: commands run before the build.</summary>
    public IReadOnlyList<string> BeforeHooks { get; init; } = [];

    /// <summary><c>builds</c>; empty means GoReleaser's single default build.</summary>
    public IReadOnlyList<BuildConfig> Builds { get; init; } = [];

    /// <summary><c>archives</c>; empty means GoReleaser's single default archive.</summary>
    public IReadOnlyList<ArchiveConfig> Archives { get; init; } = [];

    /// <summary>The <c>checksum</c> section.</summary>
    public ChecksumConfig Checksum { get; init; } = new(null, null, false, false);

    /// <summary>The <c>snapshot</c> section.</summary>
    public required SnapshotConfig Snapshot { get; init; }

    /// <summary>The <c>release</c> section.</summary>
    public required ReleaseConfig Release { get; init; }

    /// <summary><c>dockers</c> (v1).</summary>
    public IReadOnlyList<DockerConfig> Dockers { get; init; } = [];

    /// <summary><c>docker_manifests</c>.</summary>
    public IReadOnlyList<DockerManifestConfig> DockerManifests { get; init; } = [];

    /// <summary><c>dockers_v2</c>.</summary>
    public IReadOnlyList<DockerV2Config> DockersV2 { get; init; } = [];

    /// <summary><c>kos</c>.</summary>
    public IReadOnlyList<KoConfig> Kos { get; init; } = [];

    /// <summary><c>brews</c>, <c>homebrew_casks</c>, <c>scoops</c>, <c>nix</c>, <c>krews</c>, <c>winget</c>, <c>aurs</c>, <c>aur_sources</c>, in that order.</summary>
    public IReadOnlyList<PublisherConfig> Publishers { get; init; } = [];

    /// <summary><c>nfpms</c>.</summary>
    public IReadOnlyList<NfpmConfig> Nfpms { get; init; } = [];

    /// <summary><c>signs</c>, <c>docker_signs</c> and <c>binary_signs</c>, in that order.</summary>
    public IReadOnlyList<SignConfig> Signs { get; init; } = [];

    /// <summary><c>sboms</c>.</summary>
    public IReadOnlyList<SbomConfig> Sboms { get; init; } = [];

    /// <summary>Announcers under <c>announce</c> whose <c>enabled</c> is not false; they read their credentials from the environment.</summary>
    public IReadOnlyList<AnnounceConfig> Announcers { get; init; } = [];

    /// <summary><c>includes</c> (GoReleaser Pro).</summary>
    public IReadOnlyList<IncludeConfig> Includes { get; init; } = [];

    /// <summary>Every environment variable the configuration reads, where it reads it, in file order.</summary>
    public IReadOnlyList<EnvironmentReference> EnvironmentReferences { get; init; } = [];

    /// <summary>Keys the reader does not know, kept with their location.</summary>
    public IReadOnlyList<UnknownKey> UnknownKeys { get; init; } = [];

    /// <summary>What the reader could not know offline (a remote include), each a sentence. Never guessed.</summary>
    public IReadOnlyList<string> Unresolved { get; init; } = [];

    /// <summary>Every scalar of the configuration by path (<c>builds[0].ldflags[0]</c>), with its location: for findings that point at a line.</summary>
    public IReadOnlyDictionary<string, (string Value, SourceLocation Location)> Scalars { get; init; } =
        new Dictionary<string, (string, SourceLocation)>(StringComparer.Ordinal);

    /// <summary>Where the value at <paramref name="path"/> is; else where its nearest present parent is; else the file start.</summary>
    public SourceLocation LocationOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (Sections.TryGetValue(candidate, out var section))
            {
                return section;
            }

            if (Scalars.TryGetValue(candidate, out var scalar))
            {
                return scalar.Location;
            }
        }

        return new SourceLocation(File ?? GoReleaserConfigFiles.SearchOrder[3], 1, 1);
    }

    /// <summary>Where each mapping and list starts, by path.</summary>
    internal IReadOnlyDictionary<string, SourceLocation> Sections { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
