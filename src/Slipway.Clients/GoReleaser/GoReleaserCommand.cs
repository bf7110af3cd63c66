namespace Slipway.Clients.GoReleaser;

/// <summary>Builds the exact GoReleaser v2 command lines Slipway runs, and reads <c>goreleaser check</c>'s exit code.</summary>
public static class GoReleaserCommand
{
    /// <summary>Environment variable the snapshot <c>version_template</c> reads (branch slug + short sha).</summary>
    public const string SnapshotVersionVariable = "SNAPSHOT_VERSION";

    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><c>release --snapshot --clean</c>: every platform, archives and checksums, nothing published.</summary>
    /// <param name="snapshotVersion">Version for the snapshot (passed as <c>SNAPSHOT_VERSION</c>); null keeps GoReleaser's default.</param>
    /// <param name="config">Configuration file, null for GoReleaser's default lookup.</param>
    public static GoReleaserInvocation ReleaseSnapshot(string? snapshotVersion = null, string? config = null) =>
        new(WithConfig(["release", "--snapshot", "--clean"], config), SnapshotEnvironment(snapshotVersion, null, null));

    /// <summary><c>build --snapshot --single-target --clean</c>: one binary for GOOS/GOARCH (the host when null).</summary>
    public static GoReleaserInvocation BuildSingleTarget(string? goos = null, string? goarch = null, string? snapshotVersion = null, string? config = null) =>
        new(WithConfig(["build", "--snapshot", "--single-target", "--clean"], config), SnapshotEnvironment(snapshotVersion, goos, goarch));

    /// <summary><c>check</c>: validates the configuration (see <see cref="InterpretCheckExitCode"/>).</summary>
    public static GoReleaserInvocation Check(string? config = null) => new(WithConfig(["check"], config), NoEnvironment);

    /// <summary><c>release --clean</c>: the real release from a tag.</summary>
    public static GoReleaserInvocation Release(string? config = null) => new(WithConfig(["release", "--clean"], config), NoEnvironment);

    /// <summary>Maps <c>goreleaser check</c>'s exit code: 0 valid, 1 invalid, 2 deprecated options (warning).</summary>
    public static GoReleaserCheckOutcome InterpretCheckExitCode(int exitCode) => exitCode switch
    {
        0 => GoReleaserCheckOutcome.Valid,
        1 => GoReleaserCheckOutcome.Invalid,
        2 => GoReleaserCheckOutcome.Deprecated,
        _ => GoReleaserCheckOutcome.Failed,
    };

    private static List<string> WithConfig(List<string> arguments, string? config)
    {
        if (!string.IsNullOrEmpty(config))
        {
            arguments.AddRange(["--config", config]);
        }

        return arguments;
    }

    private static Dictionary<string, string> SnapshotEnvironment(string? snapshotVersion, string? goos, string? goarch)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(snapshotVersion))
        {
            environment[SnapshotVersionVariable] = snapshotVersion;
        }

        if (!string.IsNullOrEmpty(goos))
        {
            environment["GOOS"] = goos;
        }

        if (!string.IsNullOrEmpty(goarch))
        {
            environment["GOARCH"] = goarch;
        }

        return environment;
    }
}
