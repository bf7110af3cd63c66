namespace Slipway.Pipelines.GitHub;

/// <summary>
/// Every GitHub action the writer references, pinned to its current major (checked against the actions'
/// repositories, 2026). Change a version here and regenerate; nothing else names an action.
/// </summary>
public static class ActionVersions
{
    /// <summary>Repository checkout.</summary>
    public const string Checkout = "actions/checkout@v7";

    /// <summary>.NET SDK from global.json with NuGet caching.</summary>
    public const string SetupDotNet = "actions/setup-dotnet@v6";

    /// <summary>Go toolchain with module and build caches.</summary>
    public const string SetupGo = "actions/setup-go@v7";

    /// <summary>Artifact upload (immutable per name).</summary>
    public const string UploadArtifact = "actions/upload-artifact@v7";

    /// <summary>Artifact download.</summary>
    public const string DownloadArtifact = "actions/download-artifact@v8";

    /// <summary>QEMU emulators.</summary>
    public const string SetupQemu = "docker/setup-qemu-action@v4";

    /// <summary>Docker Buildx builder.</summary>
    public const string SetupBuildx = "docker/setup-buildx-action@v4";

    /// <summary>Container registry login.</summary>
    public const string RegistryLogin = "docker/login-action@v4";

    /// <summary>mise: installs the tools pinned in .mise/config.toml that have no dedicated action.</summary>
    public const string Mise = "jdx/mise-action@v5";

    /// <summary>GoReleaser installer (used install-only).</summary>
    public const string GoReleaser = "goreleaser/goreleaser-action@v7";
}
