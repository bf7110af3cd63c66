namespace Slipway.Clients.GoReleaser;

/// <summary>An exact GoReleaser command line: arguments (without the executable) and extra environment variables.</summary>
/// <param name="Arguments">Arguments in order, e.g. <c>release --snapshot --clean</c>.</param>
/// <param name="Environment">Variables to set for the process (e.g. <c>GOOS</c>, <c>SNAPSHOT_VERSION</c>).</param>
public sealed record GoReleaserInvocation(IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>This invocation with <paramref name="extra"/> appended to its arguments.</summary>
    public GoReleaserInvocation WithArguments(IEnumerable<string> extra) => this with { Arguments = [.. Arguments, .. extra] };

    /// <inheritdoc />
    public override string ToString() => "goreleaser " + string.Join(' ', Arguments);
}
