using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.Go;

namespace Slipway.Tool.Detection;

/// <summary>What <c>slipway init</c> found in a repository, everything the plan and the report are made from.</summary>
public sealed record RepositoryFacts
{
    /// <summary>The repository root (full path).</summary>
    public required string Root { get; init; }

    /// <summary>The Go modules Test and Lint will cover (go.work's, else every go.mod), the root module first.</summary>
    public required IReadOnlyList<GoModule> Modules { get; init; }

    /// <summary>Whether a go.work file is at the root.</summary>
    public bool Workspace { get; init; }

    /// <summary>The Go version the project asks for, or null when nothing names one.</summary>
    public RequiredGo? GoVersion { get; init; }

    /// <summary>Whether a mise configuration (or .tool-versions) pins tools.</summary>
    public bool UsesMise { get; init; }

    /// <summary>The versions mise pins for the tools the generated CI sets up (go, golangci-lint, goreleaser, actionlint), by tool.</summary>
    public IReadOnlyDictionary<string, string> Pins { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The GoReleaser configuration, or null when the repository has none.</summary>
    public GoReleaserConfig? GoReleaser { get; init; }

    /// <summary>The Dockerfiles the GoReleaser configuration builds images from, as written, without duplicates.</summary>
    public IReadOnlyList<string> ReleaseDockerfiles { get; init; } = [];

    /// <summary>The CI image's Dockerfile and what it lacks, or null when there is no <c>Dockerfile.ci</c>.</summary>
    public CiImageCheck? CiImage { get; init; }

    /// <summary>The existing GitHub Actions workflows and GitLab pipeline.</summary>
    public IReadOnlyList<ExistingCiFile> CiFiles { get; init; } = [];

    /// <summary>Where release-please was found (its configuration files, the workflows that run it); empty when not used.</summary>
    public IReadOnlyList<string> ReleasePlease { get; init; } = [];
}
