namespace Slipway.Clients.GitLab;

/// <summary>A file of a <see cref="GitLabPackage"/>, as <c>GET /projects/:id/packages/:package_id/package_files</c> lists it.</summary>
public sealed record GitLabPackageFile
{
    /// <summary>File id.</summary>
    public required long Id { get; init; }

    /// <summary>File name.</summary>
    public required string FileName { get; init; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; init; }

    /// <summary>Lowercase hex SHA-256 GitLab computed at upload.</summary>
    public string? FileSha256 { get; init; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
