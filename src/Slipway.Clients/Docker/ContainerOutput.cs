namespace Slipway.Clients.Docker;

/// <summary>A container's output: each stream separately and both interleaved in arrival order.</summary>
/// <param name="StandardOutput">What the container wrote to stdout.</param>
/// <param name="StandardError">What the container wrote to stderr.</param>
/// <param name="Combined">Both, in the order the daemon recorded them.</param>
public sealed record ContainerOutput(string StandardOutput, string StandardError, string Combined);
