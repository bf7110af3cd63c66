namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One <c>kos</c> entry: images built by ko from a build, without a Dockerfile or a Docker daemon, pushed to <see cref="Repositories"/>.</summary>
public sealed record KoConfig : ConfigEntry
{
    /// <summary><c>id</c>, or null.</summary>
    public string? Id { get; init; }

    /// <summary><c>build</c>: the build id it takes its settings from, or null.</summary>
    public string? Build { get; init; }

    /// <summary><c>repositories</c> (with the legacy <c>repository</c>): image names, e.g. <c>ghcr.io/acme/tool</c>; GoReleaser falls back to <c>KO_DOCKER_REPO</c>.</summary>
    public IReadOnlyList<string> Repositories { get; init; } = [];

    /// <summary><c>platforms</c>; ko defaults to <c>linux/amd64</c>.</summary>
    public IReadOnlyList<string> Platforms { get; init; } = [];

    /// <summary><c>tags</c>; GoReleaser defaults them to <c>latest</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary><c>labels</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><c>base_image</c>, or null.</summary>
    public string? BaseImage { get; init; }

    /// <summary><c>creation_time</c>, or null (ko's default, the epoch, is reproducible).</summary>
    public string? CreationTime { get; init; }

    /// <summary><c>disable</c>, or null.</summary>
    public string? Disable { get; init; }

    /// <summary>True when <see cref="Disable"/> is literally true.</summary>
    public bool IsDisabled => ConfigNode.IsTrue(Disable);
}
