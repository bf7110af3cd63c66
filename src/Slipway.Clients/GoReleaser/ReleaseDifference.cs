namespace Slipway.Clients.GoReleaser;

/// <summary>One difference between two release outputs, or between a release output and its contract.</summary>
/// <param name="Kind">What differs.</param>
/// <param name="Subject">The artifact, platform or file concerned.</param>
/// <param name="Expected">The expected value (the contract's, or the first dist's), null when absent.</param>
/// <param name="Actual">The actual value (the dist's, or the second dist's), null when absent.</param>
public sealed record ReleaseDifference(ReleaseDifferenceKind Kind, string Subject, string? Expected, string? Actual)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Subject}: expected {Expected ?? "(none)"}, actual {Actual ?? "(none)"}";
}
