namespace Slipway.Clients.GoReleaser;

/// <summary>What the exit code of <c>goreleaser check</c> means.</summary>
public enum GoReleaserCheckOutcome
{
    /// <summary>Exit 0: the configuration is valid.</summary>
    Valid,

    /// <summary>Exit 1: the configuration is invalid.</summary>
    Invalid,

    /// <summary>Exit 2: valid, but uses deprecated options (a warning, not a failure).</summary>
    Deprecated,

    /// <summary>Any other exit code: GoReleaser itself failed.</summary>
    Failed,
}
