namespace Slipway.Tool.Detection;

/// <summary>
/// Tells what a CI step does from the action it uses (with its inputs) or the command lines it runs. Set-up
/// (checkout, toolchains, caches, logins, shell plumbing) is what every generated job does for itself.
/// </summary>
public static class StepClassifier
{
    private static readonly string[] SetupActions =
    [
        "actions/checkout", "actions/setup-", "actions/cache", "actions/upload-artifact", "actions/download-artifact",
        "jdx/mise-action", "asdf-vm/", "docker/login-action", "docker/setup-qemu-action", "docker/setup-buildx-action",
        "sigstore/cosign-installer", "anchore/sbom-action/download-syft",
    ];

    private static readonly string[] SetupCommands = ["cd", "echo", "export", "set", "mkdir", "ls", "cat", "git", "mise", "apk", "apt-get", "apt", "curl", "wget", "printf", "which", "go mod download", "go version", "go env", "docker login", "docker info", "docker version"];

    /// <summary>The step that runs <paramref name="action"/> (<c>owner/repo[/path]@ref</c>) with <paramref name="inputs"/>.</summary>
    public static CiStep Action(string action, IReadOnlyDictionary<string, string> inputs)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(inputs);
        var name = action.Split('@', 2)[0];
        var version = inputs.GetValueOrDefault("version");
        if (name.StartsWith("golangci/golangci-lint-action", StringComparison.Ordinal))
        {
            return new CiStep(StepKind.Lint, action, version);
        }

        if (name.StartsWith("goreleaser/goreleaser-action", StringComparison.Ordinal))
        {
            return new CiStep(GoReleaserKind(inputs.GetValueOrDefault("args") ?? ""), action, version);
        }

        var kind = name.StartsWith("googleapis/release-please-action", StringComparison.Ordinal) || name.StartsWith("google-github-actions/release-please-action", StringComparison.Ordinal) ? StepKind.ReleasePlease
            : name.StartsWith("github/codeql-action", StringComparison.Ordinal) ? StepKind.CodeScanning
            : name.StartsWith("docker/build-push-action", StringComparison.Ordinal) ? StepKind.DockerBuild
            : SetupActions.Any(a => name.StartsWith(a, StringComparison.Ordinal)) ? StepKind.Setup
            : StepKind.Other;
        return new CiStep(kind, action, kind is StepKind.Setup ? null : version);
    }

    /// <summary>The steps of a shell script: one per command line that is not set-up (comments and blank lines dropped).</summary>
    public static IEnumerable<CiStep> Script(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            foreach (var command in line.Split(["&&", ";", "||"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return new CiStep(Command(command), command);
            }
        }
    }

    /// <summary>What one command line does.</summary>
    public static StepKind Command(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = command.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return StepKind.Setup;
        }

        var tool = Path.GetFileName(words[0]);
        var sub = words.Length > 1 ? words[1] : "";
        return tool switch
        {
            "go" when sub is "test" => StepKind.Test,
            "go" when sub is "vet" => StepKind.Lint,
            "go" when sub is "build" or "install" => StepKind.Build,
            "gofmt" or "golangci-lint" or "staticcheck" or "govulncheck" => StepKind.Lint,
            "goreleaser" => GoReleaserKind(string.Join(' ', words.Skip(1))),
            "docker" when sub is "build" or "push" or "buildx" => StepKind.DockerBuild,
            "release-please" => StepKind.ReleasePlease,
            _ when SetupCommands.Any(c => string.Equals(command, c, StringComparison.Ordinal) || command.StartsWith(c + " ", StringComparison.Ordinal)) => StepKind.Setup,
            _ => StepKind.Other,
        };
    }

    // goreleaser's own words: check lints the configuration, --snapshot and build only build, release publishes.
    private static StepKind GoReleaserKind(string arguments) =>
        arguments.Contains("check", StringComparison.Ordinal) ? StepKind.Lint
        : arguments.Contains("--snapshot", StringComparison.Ordinal) || arguments.StartsWith("build", StringComparison.Ordinal) ? StepKind.Snapshot
        : StepKind.Release;
}
