namespace Slipway.Pipelines.Environment;

/// <summary>
/// One thing a job needs from where it runs. Jobs declare their needs (<see cref="Model.PipelineJob.Requires"/>); each
/// CI system's environment model says what a job gets (runner or image, set-up steps, services, variables), and
/// generation fails when a need is not met.
/// </summary>
/// <param name="Kind">What kind of need.</param>
/// <param name="Subject">The tool, platform, registry, variable or scope; empty for kinds without one.</param>
public sealed record JobNeed(NeedKind Kind, string Subject = "")
{
    /// <summary><c>bash</c>: every <c>./build.sh</c> invocation.</summary>
    public const string Bash = "bash";

    /// <summary>The .NET runtime: runs a compiled build program.</summary>
    public const string DotNetRuntime = "dotnet-runtime";

    /// <summary>The .NET SDK: compiles the build program.</summary>
    public const string DotNetSdk = "dotnet-sdk";

    /// <summary>The docker CLI.</summary>
    public const string DockerCli = "docker";

    /// <summary>The docker CLI's Buildx plugin (<c>docker buildx</c>).</summary>
    public const string BuildxPlugin = "docker-buildx";

    /// <summary>A Docker daemon.</summary>
    public static JobNeed DockerDaemon { get; } = new(NeedKind.DockerDaemon);

    /// <summary>A Buildx builder for multi-platform images.</summary>
    public static JobNeed MultiPlatformBuilder { get; } = new(NeedKind.MultiPlatformBuilder);

    /// <summary>The full git history.</summary>
    public static JobNeed FullHistory { get; } = new(NeedKind.FullHistory);

    /// <summary>The executable <paramref name="name"/>.</summary>
    public static JobNeed Tool(string name) => new(NeedKind.Tool, name);

    /// <summary>QEMU emulation of <paramref name="platform"/>, e.g. <c>linux/arm64</c>.</summary>
    public static JobNeed Emulation(string platform) => new(NeedKind.Emulation, platform);

    /// <summary>A login to <paramref name="registry"/>.</summary>
    public static JobNeed RegistryLogin(string registry) => new(NeedKind.RegistryLogin, registry);

    /// <summary>The environment variable <paramref name="name"/>.</summary>
    public static JobNeed Variable(string name) => new(NeedKind.Variable, name);

    /// <summary>The GoReleaser SCM token variable <paramref name="name"/>.</summary>
    public static JobNeed ScmToken(string name) => new(NeedKind.ScmToken, name);

    /// <summary>Write access to <paramref name="scope"/>.</summary>
    public static JobNeed WritePermission(string scope) => new(NeedKind.WritePermission, scope);

    /// <summary>The need in words, for generation errors.</summary>
    public override string ToString() => Kind switch
    {
        NeedKind.Tool => $"the tool '{Subject}'",
        NeedKind.DockerDaemon => "a Docker daemon",
        NeedKind.MultiPlatformBuilder => "a Buildx builder for multi-platform images (docker-container driver)",
        NeedKind.Emulation => $"QEMU emulation of {Subject}",
        NeedKind.RegistryLogin => $"a login to the registry {Subject}",
        NeedKind.Variable => $"the variable {Subject}",
        NeedKind.ScmToken => $"the release token {Subject}",
        NeedKind.WritePermission => $"write permission on '{Subject}'",
        _ => "the full git history",
    };
}
