using System.Text.Json.Serialization;
using Slipway.Clients.GoReleaser.Configuration.Dockerfiles;

namespace Slipway.Clients.GoReleaser.Configuration.Publishing;

/// <summary>
/// What a real release (<c>goreleaser release --clean</c> from a tag) of one configuration needs from the CI job that runs
/// it, and what its snapshot needs: SCM token, registry logins, buildx/QEMU/Docker, syft/cosign, GoReleaser Pro, tokens
/// for other repositories, every environment variable read, and the tools hooks call. Computed by <see cref="For"/> from a
/// <see cref="GoReleaserConfig"/> and the Dockerfiles it names; nothing is guessed: what cannot be known offline is in
/// <see cref="Unresolved"/>. Serializes to the <c>publishing</c> object of <c>ShowReleaseContract</c> (docs/release-contract.md).
/// </summary>
public sealed record PublishingNeeds
{
    /// <summary>The variable GoReleaser Pro reads its licence key from.</summary>
    public const string ProKeyVariable = "GORELEASER_KEY";

    /// <summary>The platform CI builders are assumed to run on when deciding what is foreign (GitHub's and GitLab's hosted Linux runners).</summary>
    public const string DefaultBuilderPlatform = "linux/amd64";

    /// <summary>The SCM release and its token.</summary>
    [JsonPropertyName("scm")]
    public required ScmNeeds Scm { get; init; }

    /// <summary>One login per registry host the images go to (dockers, docker_manifests, dockers_v2, kos), in first-use order.</summary>
    [JsonPropertyName("registries")]
    public IReadOnlyList<RegistryLogin> Registries { get; init; } = [];

    /// <summary>True when the release builds images with a Docker daemon (dockers, dockers_v2).</summary>
    [JsonPropertyName("dockerDaemon")]
    public bool NeedsDockerDaemon { get; init; }

    /// <summary>True for dockers_v2 (one multi-platform <c>buildx build --push</c>, which needs a <c>docker-container</c> builder as setup-buildx-action creates) or <c>use: buildx</c>.</summary>
    [JsonPropertyName("buildx")]
    public bool NeedsBuildx { get; init; }

    /// <summary>Platforms to register with QEMU: those whose Dockerfile runs <c>RUN</c> for a platform other than the builder's. Empty: no QEMU.</summary>
    [JsonPropertyName("qemuPlatforms")]
    public IReadOnlyList<string> QemuPlatforms { get; init; } = [];

    /// <summary>True when <c>sboms</c> run syft.</summary>
    [JsonPropertyName("syft")]
    public bool NeedsSyft { get; init; }

    /// <summary>True when a sign entry (signs, docker_signs, binary_signs) runs cosign.</summary>
    [JsonPropertyName("cosign")]
    public bool NeedsCosign { get; init; }

    /// <summary>True when cosign signs without a key (keyless, OIDC): a GitHub job needs <c>id-token: write</c>.</summary>
    [JsonPropertyName("cosignKeyless")]
    public bool CosignKeyless { get; init; }

    /// <summary>Every external tool the release runs besides GoReleaser and Go: syft, cosign, gpg, then the tools of <see cref="HookTools"/>.</summary>
    [JsonPropertyName("tools")]
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>True when the configuration needs GoReleaser Pro: CI installs the Pro distribution and passes <see cref="ProKeyVariable"/>.</summary>
    [JsonPropertyName("pro")]
    public bool NeedsPro { get; init; }

    /// <summary>Why Pro is needed (<c>pro: true</c>, the Pro schema modeline, a Pro-only section); empty when it is not.</summary>
    [JsonPropertyName("proReasons")]
    public IReadOnlyList<string> ProReasons { get; init; } = [];

    /// <summary>Publishers pushing to other repositories and their tokens.</summary>
    [JsonPropertyName("repositoryTokens")]
    public IReadOnlyList<RepositoryToken> RepositoryTokens { get; init; } = [];

    /// <summary>Every environment variable the configuration reads, by name.</summary>
    [JsonPropertyName("environment")]
    public IReadOnlyList<ReleaseVariable> Environment { get; init; } = [];

    /// <summary>
    /// The secrets a team configures for the release job: the SCM token (unless it is the workflow's <c>GITHUB_TOKEN</c> or
    /// release is disabled), <see cref="ProKeyVariable"/> for Pro, registry credentials that CI does not provide, and every
    /// variable read that CI does not set. Sorted, each once.
    /// </summary>
    [JsonPropertyName("secrets")]
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>The tools <c>before.hooks</c> and build hooks call (first word of each command, <c>sh -c</c> looked through), e.g. <c>make</c>, <c>npm</c>; never go or goreleaser, nor a repository script (a path).</summary>
    [JsonPropertyName("hookTools")]
    public IReadOnlyList<string> HookTools { get; init; } = [];

    /// <summary><c>extra_files</c> of image builds that are not in the repository: an earlier CI step must produce them (or hand them on as an artifact).</summary>
    [JsonPropertyName("filesToProduce")]
    public IReadOnlyList<string> FilesToProduce { get; init; } = [];

    /// <summary>Problems publishing will meet that the configuration can fix (a tap pushed with the workflow's own token), each a sentence.</summary>
    [JsonPropertyName("warnings")]
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the snapshot build needs.</summary>
    [JsonPropertyName("snapshot")]
    public required SnapshotNeeds Snapshot { get; init; }

    /// <summary>What could not be known offline (a remote include, a registry host from a template), each a sentence.</summary>
    [JsonPropertyName("unresolved")]
    public IReadOnlyList<string> Unresolved { get; init; } = [];

    /// <summary>
    /// Computes the needs of the configuration of the project in <paramref name="directory"/>
    /// (<see cref="GoReleaserConfigReader.Read"/> with <paramref name="explicitFile"/>, i.e. <c>--goreleaser-config</c>).
    /// </summary>
    /// <exception cref="GoReleaserConfigException">The configuration cannot be read.</exception>
    public static PublishingNeeds ForProject(string directory, string? explicitFile = null) => For(GoReleaserConfigReader.Read(directory, explicitFile));

    /// <summary>Computes the needs of <paramref name="config"/>, reading the Dockerfiles it names from its directory.</summary>
    /// <param name="config">The configuration.</param>
    /// <param name="builderPlatform">The platform CI builds images on; others are emulated.</param>
    /// <param name="variables">
    /// Variables the release job will have, as written in the pipeline (<c>IMAGE_NAME=$CI_REGISTRY_IMAGE/tool</c>): what
    /// <c>envOrDefault</c> in image names sees, so the registries to log in to follow the pipeline; null is none.
    /// </param>
    public static PublishingNeeds For(GoReleaserConfig config, string builderPlatform = DefaultBuilderPlatform, IReadOnlyDictionary<string, string>? variables = null) =>
        PublishingNeedsCalculator.Calculate(config, builderPlatform, variables, path =>
        {
            var full = Path.Combine(config.Directory, path);
            return File.Exists(full) ? DockerfileInspector.InspectFile(full, path) : null;
        });
}
