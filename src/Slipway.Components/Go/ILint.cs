using Slipway.Components.Tools;

namespace Slipway.Components.Go;

/// <summary>
/// <c>Lint</c>: gofmt, go vet and golangci-lint in each Go module (<see cref="IGoBuild.GoModules"/>), actionlint (when
/// workflows exist), GitLab CI validation (when gitlab-ci-local is installed), <c>goreleaser check</c>, the GoReleaser
/// reproducibility checks and hadolint (when installed), run concurrently. Every finding becomes a file:line annotation
/// at its repository path; optional checks that could not run are listed as "not run", never passed silently. A Go
/// older than the project asks for stops the run first.
/// </summary>
public interface ILint : IGoBuild, CiGeneration.IGenerateCi
{
    /// <summary>How the GoReleaser reproducibility findings count: warnings (the default) or errors that fail Lint.</summary>
    [Parameter("Severity of GoReleaser reproducibility findings ({{ .Date }} in ldflags, no -trimpath...): warning (default) or error")]
    Slipway.Clients.Diagnostics.FindingSeverity? ReproducibilityFindings => this.GetParameter(() => ReproducibilityFindings);

    /// <summary>Checks formatting, vet, lint rules, workflows, CI and release configuration and Dockerfiles.</summary>
    Target Lint => _ => _
        .Description("gofmt, go vet, golangci-lint (in every Go module), actionlint, GitLab CI, goreleaser check, hadolint, generated files; all findings annotated")
        .DependsOn(CheckGenerated)
        .Requires(
            this.Pinned(KnownTools.Go),
            this.Pinned(KnownTools.GolangciLint),
            this.Pinned(KnownTools.GoReleaser) with { Optional = GoReleaserConfigFile is null }, // goreleaser check needs a configuration
            this.Pinned(KnownTools.Actionlint) with { Optional = WorkflowFiles(Context.RootDirectory).Count == 0 },
            KnownTools.Hadolint,
            KnownTools.GitLabCiLocal)
        .Requires(() => GoVersionRequirement.Check(this))
        .Inputs([GoPath("**/*.go"), GoPath("**/go.mod"), GoPath("**/go.sum"), GoPath("go.work"), GoPath("go.work.sum"), GoPath("**/.golangci.yml"), GoPath("**/.golangci.yaml"),
            .. Slipway.Clients.GoReleaser.Configuration.GoReleaserConfigFiles.SearchOrder.Select(GoPath), .. GoReleaserConfig is { } config ? [GoPath(config)] : Array.Empty<string>(),
            "Dockerfile*", ".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab-ci.yml"])
        .InputVariables("GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", "REPRODUCIBILITY_FINDINGS")
        .Executes(cancellationToken => LintChecks.RunAsync(this, cancellationToken));

    /// <summary>The workflow files under <c>.github/workflows</c>, root-relative.</summary>
    internal static IReadOnlyList<string> WorkflowFiles(string rootDirectory)
    {
        var directory = Path.Combine(rootDirectory, ".github", "workflows");
        return Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(rootDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Dockerfiles at the root (<c>Dockerfile</c>, <c>Dockerfile.*</c>, <c>*.Dockerfile</c>).</summary>
    internal static IReadOnlyList<string> Dockerfiles(string rootDirectory) =>
        [.. Directory.EnumerateFiles(rootDirectory).Select(Path.GetFileName).OfType<string>()
            .Where(n => n.StartsWith("Dockerfile", StringComparison.Ordinal) || n.EndsWith(".Dockerfile", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
