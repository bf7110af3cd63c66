namespace Slipway.Clients.Docker;

/// <summary>The outcome of <c>DockerClient.RunAsync</c>.</summary>
/// <param name="ExitCode">The container's exit status.</param>
/// <param name="Output">What it printed.</param>
public sealed record ContainerRunResult(long ExitCode, ContainerOutput Output);
