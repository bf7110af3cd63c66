namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>
/// One <c>dockers</c> (v1) entry: one <c>docker build</c> (or <c>docker buildx build</c> with <c>use: buildx</c>) of one
/// platform, in a context holding the platform's binaries at its root plus <see cref="ExtraFiles"/>.
/// </summary>
public sealed record DockerConfig : ConfigEntry
{
    /// <summary><c>id</c>, or null.</summary>
    public string? Id { get; init; }

    /// <summary><c>ids</c>: the builds whose binaries go in the context; empty is all.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary><c>goos</c>; GoReleaser defaults it to <c>linux</c>.</summary>
    public string Goos { get; init; } = "linux";

    /// <summary><c>goarch</c>; GoReleaser defaults it to <c>amd64</c>.</summary>
    public string Goarch { get; init; } = "amd64";

    /// <summary><c>goarm</c>, or null (GoReleaser's default, 6).</summary>
    public string? Goarm { get; init; }

    /// <summary><c>goamd64</c>, or null (GoReleaser's default, v1).</summary>
    public string? Goamd64 { get; init; }

    /// <summary><c>dockerfile</c>; GoReleaser defaults it to <c>Dockerfile</c>.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary><c>image_templates</c>.</summary>
    public IReadOnlyList<string> ImageTemplates { get; init; } = [];

    /// <summary><c>skip_push</c> (<c>auto</c>, a template or a boolean), or null.</summary>
    public string? SkipPush { get; init; }

    /// <summary><c>extra_files</c>: copied into the context at the same relative paths.</summary>
    public IReadOnlyList<string> ExtraFiles { get; init; } = [];

    /// <summary><c>build_flag_templates</c>, e.g. <c>--label=org.opencontainers.image.version={{ .Version }}</c>, <c>--platform=linux/arm64</c>.</summary>
    public IReadOnlyList<string> BuildFlagTemplates { get; init; } = [];

    /// <summary><c>use</c>: <c>docker</c> (the default) or <c>buildx</c>.</summary>
    public string Use { get; init; } = "docker";

    /// <summary>The platform Docker builds for: <c>--platform</c> from the build flags, else <see cref="Goos"/>/<see cref="Goarch"/>(/v<see cref="Goarm"/>).</summary>
    public string Platform =>
        BuildFlagTemplates.Select(f => f.StartsWith("--platform=", StringComparison.Ordinal) ? f["--platform=".Length..] : null).LastOrDefault(p => p is not null)
        ?? (string.Equals(Goarch, "arm", StringComparison.Ordinal) ? $"{Goos}/arm/v{Goarm ?? "6"}" : $"{Goos}/{Goarch}");

    /// <summary>The labels the build flags set (<c>--label=KEY=VALUE</c> or <c>--label KEY=VALUE</c>), in order, values as templates.</summary>
    public IReadOnlyDictionary<string, string> Labels
    {
        get
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < BuildFlagTemplates.Count; i++)
            {
                var flag = BuildFlagTemplates[i];
                var value = flag.StartsWith("--label=", StringComparison.Ordinal) ? flag["--label=".Length..]
                    : string.Equals(flag, "--label", StringComparison.Ordinal) && i + 1 < BuildFlagTemplates.Count ? BuildFlagTemplates[++i]
                    : null;
                if (value?.Split('=', 2) is [var key, var text])
                {
                    labels[key] = text;
                }
            }

            return labels;
        }
    }
}
