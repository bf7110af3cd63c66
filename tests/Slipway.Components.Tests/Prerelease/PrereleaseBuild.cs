using Slipway.Clients.Http;
using Slipway.Components.Prerelease;
using Slipway.Components.Tools;

namespace Slipway.Components.Tests.Prerelease;

/// <summary>A build with SnapshotBuild, PublishPrerelease and PrunePrereleases, as a repository's Build.cs would compose them; retries fast, on a clock the test may fix.</summary>
internal sealed class PrereleaseBuild(TimeProvider? clock = null) : SlipwayBuild, IPublishPrerelease, IPrunePrereleases
{
    public PrereleaseBuild()
        : this(null)
    {
    }

    RetryOptions IPrereleaseSettings.PrereleaseRetry { get; } = new() { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(3) };

    TimeProvider IPrereleaseSettings.PrereleaseClock => clock ?? TimeProvider.System;

    protected override void OnBuildInitialized() => Context.Tools = new MiseToolLocator(Context);
}
