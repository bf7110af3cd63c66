using Slipway.Components.Packages;

namespace Slipway.Components.Tests.Packages;

/// <summary>A build that packs and publishes, its feeds pointed at the tests' NuGet feed doubles.</summary>
internal sealed class PackagesBuild(string? nugetSource = null, string? hostSource = null) : SlipwayBuild, IPublishPackages
{
    public PackagesBuild()
        : this(null)
    {
    }

    string IPublishPackages.NuGetSource => nugetSource ?? PackagePush.NuGetOrg;

    string? IPublishPackages.HostPackagesSource => hostSource;
}
