namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>One announcer under <c>announce</c> (<c>slack</c>, <c>discord</c>...) that is not switched off.</summary>
/// <param name="Name">The announcer, e.g. <c>slack</c>.</param>
/// <param name="Enabled"><c>enabled</c> as written (<c>true</c> or a template).</param>
/// <param name="Location">Where its <c>enabled</c> is.</param>
public sealed record AnnounceConfig(string Name, string Enabled, SourceLocation Location);
