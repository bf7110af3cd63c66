namespace Slipway.Pipelines.Model;

/// <summary>QEMU emulators for cross-platform image builds (GitHub setup-qemu-action; GitLab binfmt in Docker).</summary>
/// <param name="Platforms">Platforms to emulate, e.g. <c>linux/arm64</c>.</param>
public sealed record QemuSetup(IReadOnlyList<string> Platforms) : SetupRequirement
{
    internal override int Order => 4;
}
