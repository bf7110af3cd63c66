using Slipway.Clients.Docker;
using Slipway.Clients.Http;
using Slipway.Clients.Registry;

namespace Slipway.Components.CiImage;

/// <summary>Everything <see cref="CiImageBuilder"/> needs, parsed and checked (see <see cref="ICiImage"/> for the parameters).</summary>
public sealed record CiImageSettings
{
    /// <summary>The repository root: build context (its <c>.dockerignore</c> honoured) and base of relative paths.</summary>
    public required string Root { get; init; }

    /// <summary>Registry host and repository, without tag.</summary>
    public required ImageReference Image { get; init; }

    /// <summary>The Dockerfile, relative to <see cref="Root"/>.</summary>
    public string Dockerfile { get; init; } = "Dockerfile.ci";

    /// <summary>Build arguments.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The stage to build, or null for the last.</summary>
    public string? TargetStage { get; init; }

    /// <summary>Commands run in the built image before it is pushed.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SmokeCommands { get; init; } = CiImage.SmokeCommands.Parse(CiImage.SmokeCommands.Default);

    /// <summary>Largest acceptable image size in bytes, or null for no limit.</summary>
    public long? MaxSize { get; init; }

    /// <summary>Explicit registry credentials; when null the Docker config file is consulted.</summary>
    public RegistryCredentials? Credentials { get; init; }

    /// <summary>The Docker config file for credentials (null: <c>$DOCKER_CONFIG/config.json</c> or <c>~/.docker/config.json</c>).</summary>
    public string? DockerConfigPath { get; init; }

    /// <summary>Allow plain HTTP to a non-loopback registry.</summary>
    public bool Insecure { get; init; }

    /// <summary>The Docker daemon.</summary>
    public DockerEndpoint Docker { get; init; } = DockerEndpoint.Parse(DockerEndpoint.DefaultHost);

    /// <summary>Retry bounds for registry requests.</summary>
    public RetryOptions Retry { get; init; } = RetryOptions.Default;

    /// <summary>Tag prefix (see <see cref="CiImageTag"/>).</summary>
    public string TagPrefix { get; init; } = CiImageTag.DefaultPrefix;

    /// <summary>Finds the OCI source labels (source, revision, created), asked only when building; the version label is the tag.</summary>
    public Func<CancellationToken, Task<IReadOnlyDictionary<string, string>>> Labels { get; init; } =
        _ => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Parses <c>--ci-image</c>: a registry host and repository, no tag or digest.</summary>
    /// <exception cref="FormatException">The value is malformed; the message says how.</exception>
    public static ImageReference ParseImage(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        const string Form = "registry-host[:port]/repository without a tag, e.g. 127.0.0.1:5000/team/ci or registry.gitlab.com/group/project/ci";
        ImageReference image;
        try
        {
            image = ImageReference.Parse(value.Trim());
        }
        catch (FormatException ex)
        {
            throw new FormatException($"--ci-image {ex.Message.TrimEnd('.')}; expected {Form}.", ex);
        }

        if (image.Tag is not null || image.Digest is not null)
        {
            throw new FormatException($"--ci-image '{value}' carries a tag or digest; the tag is derived from the image's inputs, so give only {Form}.");
        }

        return value.Trim().StartsWith(image.Registry + "/", StringComparison.Ordinal)
            ? image
            : throw new FormatException($"--ci-image '{value}' does not name a registry host; expected {Form}.");
    }

    /// <summary>Parses <c>KEY=VALUE</c> build arguments.</summary>
    /// <exception cref="FormatException">An item has no <c>=</c> or an empty key, or a key repeats.</exception>
    public static IReadOnlyDictionary<string, string> ParseBuildArgs(IEnumerable<string>? items)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"--ci-build-args item '{item}' is not KEY=VALUE.");
            }

            if (!args.TryAdd(item[..equals], item[(equals + 1)..]))
            {
                throw new FormatException($"--ci-build-args sets {item[..equals]} twice.");
            }
        }

        return args;
    }
}
