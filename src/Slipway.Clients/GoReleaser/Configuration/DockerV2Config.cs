namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// One <c>dockers_v2</c> entry: one <c>docker buildx build --platform ...</c> of every platform at once, in a context
/// holding <c>&lt;os&gt;/&lt;arch&gt;[/v&lt;arm&gt;]/&lt;binary&gt;</c> plus <see cref="ExtraFiles"/>.
/// </summary>
public sealed record DockerV2Config : ConfigEntry
{
    /// <summary>GoReleaser's default <see cref="Platforms"/>.</summary>
    public static readonly IReadOnlyList<string> DefaultPlatforms = ["linux/amd64", "linux/arm64"];

    /// <summary><c>id</c>, or null (the project name).</summary>
    public string? Id { get; init; }

    /// <summary><c>ids</c>: the builds whose binaries go in the context; empty is all.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary><c>dockerfile</c>; GoReleaser defaults it to <c>Dockerfile</c>.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary><c>images</c> (templates, without tags).</summary>
    public IReadOnlyList<string> Images { get; init; } = [];

    /// <summary><c>tags</c> (templates); GoReleaser defaults them to <c>{{.Tag}}</c>; empty results are dropped.</summary>
    public IReadOnlyList<string> Tags { get; init; } = ["{{.Tag}}"];

    /// <summary><c>platforms</c>; GoReleaser defaults them to <see cref="DefaultPlatforms"/>.</summary>
    public IReadOnlyList<string> Platforms { get; init; } = DefaultPlatforms;

    /// <summary><c>build_args</c> (templates).</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><c>labels</c> (templates).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><c>annotations</c> (templates).</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><c>extra_files</c>.</summary>
    public IReadOnlyList<string> ExtraFiles { get; init; } = [];

    /// <summary><c>flags</c>: extra <c>buildx build</c> flags.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary><c>sbom</c>; GoReleaser defaults it to true (an SBOM attestation, made by BuildKit, not syft).</summary>
    public string Sbom { get; init; } = "true";

    /// <summary><c>disable</c>, or null.</summary>
    public string? Disable { get; init; }

    /// <summary>True when <see cref="Disable"/> is literally true.</summary>
    public bool IsDisabled => ConfigNode.IsTrue(Disable);
}
