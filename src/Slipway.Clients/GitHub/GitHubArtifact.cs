namespace Slipway.Clients.GitHub;

/// <summary>One artifact of a workflow run, as <c>GET /repos/{o}/{r}/actions/runs/{id}/artifacts</c> lists it.</summary>
public sealed record GitHubArtifact
{
    /// <summary>Artifact id.</summary>
    public required long Id { get; init; }

    /// <summary>Name given to upload-artifact (Slipway uploads <c>timings-&lt;job id&gt;</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Zip size in bytes.</summary>
    public long SizeInBytes { get; init; }

    /// <summary>True once the retention period has passed; expired artifacts cannot be downloaded.</summary>
    public bool Expired { get; init; }

    /// <summary>API address answering with a redirect to the zip.</summary>
    public string? ArchiveDownloadUrl { get; init; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
