using Slipway.Components.CiGeneration;
using Slipway.Components.CiGeneration.Capabilities;
using Slipway.Components.Release;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// The README's example: the shipped Release, extended with one more dependency (Notarize), a requirement (a secret
/// key) and a CI capability (the token may mint OIDC tokens), without re-implementing what IRelease declares.
/// </summary>
[GitHubActions("release", OnPushTags = ["v*"], CancelInProgress = false, InvokedTargets = [nameof(IRelease.Release)])]
internal sealed class ExtendedReleaseBuild : SlipwayBuild, IValidateRelease, IRelease, IGenerateCi
{
    [Parameter("Key the archives are notarized with"), Secret]
    public string? NotaryKey { get; set; }

    public Target Notarize => _ => _.Executes(() => Log.Information("notarized"));

    Target IRelease.Release => _ => _
        .Inherit<IRelease>(x => x.Release)
        .DependsOn(Notarize)
        .Requires(() => NotaryKey)
        .Uses(new NeedsWritePermission("id-token"));
}
