namespace Slipway.Pipelines.Environment;

/// <summary>What a container image (or a GitHub runner, or a service) provides, read from its Dockerfile.</summary>
/// <param name="Reference">The image reference as jobs write it, e.g. <c>mcr.microsoft.com/dotnet/sdk:10.0-noble</c>.</param>
/// <param name="Tools">Executables it provides (<c>bash</c>, <c>git</c>, <c>dotnet-runtime</c>, ...).</param>
/// <param name="Source">Where the facts come from (a Dockerfile at a commit, or the Dockerfile they were read from).</param>
/// <param name="Checked">When the source was read (<c>yyyy-MM-dd</c>), or empty for facts read at generation time.</param>
public sealed record ImageFacts(string Reference, IReadOnlySet<string> Tools, string Source, string Checked)
{
    /// <summary>Whether it runs a Docker daemon (a runner, or the Docker-in-Docker service).</summary>
    public bool DockerDaemon { get; init; }

    /// <summary>Why jobs must not use it even though it exists (a floating tag, say), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>Where the facts come from, in words.</summary>
    public string Provenance => Checked.Length == 0 ? Source : $"{Source}, checked {Checked}";
}
