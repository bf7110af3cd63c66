namespace Slipway.Tool.Detection;

/// <summary>
/// The CI image's Dockerfile and what GitLab jobs need from it that it does not provide: every job runs
/// <c>./build.sh</c>, which needs bash and the .NET runtime.
/// </summary>
/// <param name="Dockerfile">Its path, relative to the root.</param>
/// <param name="Missing">The tools it lacks among <see cref="Needed"/>, in that order.</param>
/// <param name="Alpine">Whether its final stage installs with apk (else apt).</param>
public sealed record CiImageCheck(string Dockerfile, IReadOnlyList<string> Missing, bool Alpine)
{
    /// <summary>What <c>./build.sh</c> needs in a job's image: tool names as the image facts spell them.</summary>
    public static readonly IReadOnlyList<string> Needed = ["bash", "dotnet-runtime"];

    /// <summary>The Dockerfile line that adds what is missing (apk on Alpine, else apt), or null when nothing is.</summary>
    public string? SuggestedLine => Missing.Count == 0 ? null
        : Alpine ? "RUN apk add --no-cache " + string.Join(' ', Missing.Select(m => m is "dotnet-runtime" ? "dotnet10-runtime" : m))
        : "RUN apt-get update && apt-get install -y --no-install-recommends " + string.Join(' ', Missing.Select(m => m is "dotnet-runtime" ? "dotnet-runtime-10.0" : m)) + " && rm -rf /var/lib/apt/lists/*";
}
