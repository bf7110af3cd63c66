using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Publishing;

namespace Slipway.Components.Release;

/// <summary>The work of <see cref="IReleaseContract"/>'s targets.</summary>
internal static class ReleaseContracts
{
    /// <summary>True when the configuration reads and its contract derives; otherwise throws the bad-input error naming file:line:column.</summary>
    /// <exception cref="BuildConfigurationException">The configuration is unreadable or has no derivable contract.</exception>
    public static bool Readable(IReleaseContract build)
    {
        try
        {
            ReleaseContractDeriver.Derive(build.ReadGoReleaserConfig());
            return true;
        }
        catch (GoReleaserConfigException ex)
        {
            throw new BuildConfigurationException($"The GoReleaser configuration cannot be read: {ex.Message}", ex);
        }
    }

    public static string ShowJson(IReleaseContract build)
    {
        var config = build.ReadGoReleaserConfig();
        return ReleaseContractDocument.ShowJson(config, ReleaseContractDeriver.Derive(config), PublishingNeeds.For(config));
    }

    public static CiGeneration.GeneratedFile Frozen(IReleaseContract build) =>
        new(build.RelativeContractPath, ReleaseContractDocument.ContractJson(ReleaseContractDeriver.Derive(build.ReadGoReleaserConfig())));
}
