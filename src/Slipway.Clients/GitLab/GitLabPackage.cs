namespace Slipway.Clients.GitLab;

/// <summary>A package of the project's package registry, as <c>GET /projects/:id/packages</c> lists it.</summary>
public sealed record GitLabPackage
{
    /// <summary>Package id.</summary>
    public required long Id { get; init; }

    /// <summary>Package name.</summary>
    public required string Name { get; init; }

    /// <summary>Package version.</summary>
    public required string Version { get; init; }

    /// <summary><c>generic</c>, <c>npm</c>, <c>maven</c>...</summary>
    public string? PackageType { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
