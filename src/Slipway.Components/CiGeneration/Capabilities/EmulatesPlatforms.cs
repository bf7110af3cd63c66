namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>The target runs Dockerfile <c>RUN</c> steps for foreign platforms, so it needs QEMU for each of them.</summary>
/// <param name="Platforms">Platforms such as <c>linux/arm64</c>.</param>
public sealed record EmulatesPlatforms(IReadOnlyList<string> Platforms) : Capability;
