namespace Slipway.Clients.Docker;

/// <summary>What <see cref="DockerClient.BuildImageAsync"/> builds.</summary>
public sealed record ImageBuildOptions
{
    /// <summary>The build context directory (its <c>.dockerignore</c> is honoured).</summary>
    public required string ContextDirectory { get; init; }

    /// <summary>The Dockerfile path relative to the context.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Tags to apply, e.g. <c>127.0.0.1:5000/team/app:1.2</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Values for <c>ARG</c> instructions.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Labels added to the image.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The stage to stop at in a multi-stage Dockerfile, or null for the last.</summary>
    public string? Target { get; init; }

    /// <summary>Do not use the build cache.</summary>
    public bool NoCache { get; init; }
}
