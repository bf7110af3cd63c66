namespace Slipway.Clients.Docker;

/// <summary>What a new container runs.</summary>
public sealed record ContainerSpec
{
    /// <summary>Image reference or id.</summary>
    public required string Image { get; init; }

    /// <summary>Command and arguments (the image's default when empty).</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Working directory inside the container, or null for the image's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Container labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Bind mounts in the daemon's <c>host-path:container-path[:ro]</c> form.</summary>
    public IReadOnlyList<string> Binds { get; init; } = [];
}
