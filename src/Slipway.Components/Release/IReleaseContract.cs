using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Publishing;
using Slipway.Components.Go;

namespace Slipway.Components.Release;

/// <summary>
/// The release contract derived from the GoReleaser configuration (docs/release-contract.md). <c>ShowReleaseContract</c>
/// prints it, with what publishing needs, as JSON; <c>CaptureReleaseContract</c> freezes it in a committed
/// <c>release-contract.json</c>, which <c>CheckGenerated</c> then keeps equal to the configuration. A bad configuration
/// stops either target before it runs (exit code 2), naming file:line:column.
/// </summary>
public interface IReleaseContract : IGoBuild
{
    /// <summary>The frozen contract, when a team commits one.</summary>
    string ReleaseContractPath => Path.Combine(GoDirectory, "release-contract.json");

    /// <summary>Reads the GoReleaser configuration (<see cref="IGoBuild.GoReleaserConfig"/>, else GoReleaser's search order).</summary>
    /// <exception cref="GoReleaserConfigException">It cannot be read.</exception>
    GoReleaserConfig ReadGoReleaserConfig() => GoReleaserConfigReader.Read(GoDirectory, GoReleaserConfig);

    /// <summary>The contract releases are checked against: the frozen file when it exists, else the one derived from the configuration.</summary>
    ReleaseContract EffectiveReleaseContract() =>
        File.Exists(ReleaseContractPath) ? ReleaseContract.Load(ReleaseContractPath) : ReleaseContractDeriver.Derive(ReadGoReleaserConfig());

    /// <summary>Prints the derived contract and the publishing needs as JSON.</summary>
    Target ShowReleaseContract => _ => _
        .Description("Prints the release contract derived from the GoReleaser configuration, with what publishing needs, as JSON (--goreleaser-config FILE)")
        .Requires(() => ReleaseContracts.Readable(this))
        .Executes(() => Context.Output.WriteRaw(ReleaseContracts.ShowJson(this).TrimEnd('\n')));

    /// <summary>Writes the derived contract to <see cref="ReleaseContractPath"/>, for teams that want a frozen contract.</summary>
    Target CaptureReleaseContract => _ => _
        .Description("Writes release-contract.json, the contract derived from the GoReleaser configuration; CheckGenerated then keeps it current")
        .Requires(() => ReleaseContracts.Readable(this))
        .Executes(() =>
        {
            var written = CiGeneration.GeneratedFiles.Write(Context.RootDirectory, [ReleaseContracts.Frozen(this)]);
            Context.Log.Information("{File}: {State}", RelativeContractPath, written.Count > 0 ? "written" : "up to date");
        });

    /// <summary>
    /// The stale-file message when a committed <see cref="ReleaseContractPath"/> no longer matches the configuration, else
    /// null (also when no contract is committed, or the configuration cannot be read: Lint reports that). Called by CheckGenerated.
    /// </summary>
    string? FindStaleReleaseContract()
    {
        if (!File.Exists(ReleaseContractPath))
        {
            return null;
        }

        try
        {
            return CiGeneration.GeneratedFiles.FindStale(Context.RootDirectory, [ReleaseContracts.Frozen(this)]) is [var stale]
                ? stale + "\n    It is a frozen release contract: run ./build.sh CaptureReleaseContract after changing the GoReleaser configuration, or delete it to use the derived contract."
                : null;
        }
        catch (GoReleaserConfigException ex)
        {
            return $"{RelativeContractPath} cannot be checked: {ex.Message}";
        }
    }

    /// <summary><see cref="ReleaseContractPath"/> relative to the build root, with forward slashes.</summary>
    string RelativeContractPath => Path.GetRelativePath(Context.RootDirectory, ReleaseContractPath).Replace('\\', '/');

    /// <summary>What publishing this configuration needs (registry logins, buildx, QEMU, tokens, secrets...).</summary>
    PublishingNeeds ReadPublishingNeeds() => PublishingNeeds.For(ReadGoReleaserConfig());
}
