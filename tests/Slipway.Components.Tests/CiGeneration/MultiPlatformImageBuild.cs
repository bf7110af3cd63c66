using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>The variant whose CI image is multi-platform (QEMU in the image job only); the attributes are inherited.</summary>
internal sealed class MultiPlatformImageBuild : RepositoryBuild
{
    public override Target BuildCiImage => _ => _.Uses(new BuildsCiImage(), new BuildsMultiPlatformImages(), new EmulatesPlatforms(["linux/arm64"]), LogsInToRegistry.To("ghcr.io")).Executes(() => { });
}
