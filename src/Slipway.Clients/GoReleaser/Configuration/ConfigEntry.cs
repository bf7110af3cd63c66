namespace Slipway.Clients.GoReleaser.Configuration;

/// <summary>An entry of a configuration list (<c>builds[0]</c>, <c>dockers_v2[1]</c>...): where it is, for messages that point at it.</summary>
public abstract record ConfigEntry
{
    /// <summary>Configuration path, e.g. <c>builds[0]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Where the entry starts.</summary>
    public required SourceLocation Location { get; init; }
}
