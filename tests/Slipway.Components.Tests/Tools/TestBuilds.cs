using Slipway.Components.Release;
using Slipway.Components.Tools;

namespace Slipway.Components.Tests.Tools;

/// <summary>A build composing every Go release component, with the mise-aware tool locator, as a repository's Build.cs would.</summary>
internal sealed class GoReleaseBuild : SlipwayBuild, IValidateRelease, IRelease
{
    protected override void OnBuildInitialized() => Context.Tools = new MiseToolLocator(Context);
}
