namespace Slipway.Clients.GoReleaser.Configuration.Dockerfiles;

/// <summary>What a Dockerfile does that decides whether a multi-platform build needs QEMU.</summary>
/// <param name="File">The Dockerfile, as given.</param>
/// <param name="Stages">Its stages, in order.</param>
public sealed record DockerfileInspection(string File, IReadOnlyList<DockerfileStage> Stages)
{
    /// <summary>
    /// The <c>RUN</c> lines that execute on the image's target platform: in a used stage that neither runs on
    /// <c>$BUILDPLATFORM</c> nor is pinned to a literal platform. Building for a platform other than the builder's runs
    /// them under emulation (QEMU); COPY, LABEL and the like never need it.
    /// </summary>
    public IReadOnlyList<int> TargetPlatformRunLines =>
        [.. Stages.Where(s => s.Used && !s.RunsOnBuildPlatform && s.FixedPlatform is null).SelectMany(s => s.RunLines)];

    /// <summary>The platforms of <paramref name="targetPlatforms"/> that need QEMU on a builder of <paramref name="builderPlatform"/>.</summary>
    public IReadOnlyList<string> PlatformsNeedingEmulation(IEnumerable<string> targetPlatforms, string builderPlatform)
    {
        ArgumentNullException.ThrowIfNull(targetPlatforms);
        var pinned = Stages.Where(s => s.Used && s.FixedPlatform is not null && s.RunLines.Count > 0).Select(s => s.FixedPlatform!);
        var targets = TargetPlatformRunLines.Count > 0 ? targetPlatforms : [];
        return [.. targets.Concat(pinned).Where(p => !SamePlatform(p, builderPlatform)).Distinct(StringComparer.Ordinal)];
    }

    // linux/arm64 and linux/arm64/v8 are one platform to BuildKit.
    private static bool SamePlatform(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    private static string Normalize(string platform) => platform.EndsWith("/arm64/v8", StringComparison.Ordinal) ? platform[..^3] : platform;
}
