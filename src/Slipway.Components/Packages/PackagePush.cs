using Slipway.Tooling;

namespace Slipway.Components.Packages;

/// <summary>
/// <c>dotnet nuget push</c> of every package in a directory to one feed. <c>--skip-duplicate</c> makes a rerun of a
/// release job harmless; symbols go only where the feed takes them (nuget.org's symbol server, not GitHub Packages).
/// </summary>
public static class PackagePush
{
    /// <summary>nuget.org's feed.</summary>
    public const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    /// <summary>GitHub Packages' NuGet feed of <paramref name="owner"/> (a user or organisation).</summary>
    public static string GitHubPackages(string owner) => $"https://nuget.pkg.github.com/{owner}/index.json";

    /// <summary>The push of <paramref name="packagesDirectory"/>'s <c>.nupkg</c> files to <paramref name="source"/>.</summary>
    public static ProcessSpec Command(string dotnet, string packagesDirectory, string source, string apiKey, bool symbols)
    {
        ArgumentNullException.ThrowIfNull(packagesDirectory);
        return new ProcessSpec(dotnet, [
            "nuget", "push", Path.Combine(packagesDirectory, "*.nupkg"), "--source", source, "--api-key", apiKey, "--skip-duplicate",
            .. symbols ? Array.Empty<string>() : ["--no-symbols"]]);
    }
}
