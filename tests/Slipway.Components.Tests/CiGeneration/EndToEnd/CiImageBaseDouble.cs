using Slipway.Components.Tests.CiGeneration.Support;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration.EndToEnd;

/// <summary>
/// A TEST DOUBLE of <c>golang:1.25.5-alpine3.23</c>, the CI image's base, built in the shared daemon from the imported
/// busybox: Docker Hub and Alpine's packages are out of reach here. It carries shell shims for what Dockerfile.ci
/// installs and checks (apk, mise, go, git, docker, dotnet, goreleaser, golangci-lint, actionlint, bash, curl), each
/// saying it is a double, so the real Dockerfile.ci builds and BuildCiImage's smoke test runs against it.
/// </summary>
internal static class CiImageBaseDouble
{
    public const string Reference = "golang:1.25.5-alpine3.23";

    private static (string Tool, string Output)[] Shims(string go) =>
    [
        ("/sbin/apk", "apk TEST DOUBLE: $*"),
        ("/usr/bin/mise", "mise TEST DOUBLE: $*"),
        ("/usr/local/go/bin/go", $"case \"$*\" in \"env GOVERSION\") echo {go} ;; *) echo \"go version {go} linux/amd64 (TEST DOUBLE)\" ;; esac"),
        ("/usr/bin/git", "echo 'git version 2.52.0 (TEST DOUBLE)'"),
        ("/usr/bin/docker", "echo \"docker TEST DOUBLE: $*\""),
        ("/usr/bin/dotnet", "echo 'Microsoft.NETCore.App 10.0.0 [/usr/lib/dotnet/shared/Microsoft.NETCore.App] (TEST DOUBLE)'"),
        ("/usr/bin/goreleaser", "echo 'goreleaser TEST DOUBLE 2.17.1'"),
        ("/usr/bin/golangci-lint", "echo 'golangci-lint TEST DOUBLE 2.12.2'"),
        ("/usr/bin/actionlint", "echo 'actionlint TEST DOUBLE 1.7.7'"),
        ("/bin/bash", "echo 'GNU bash, version 5.3 (TEST DOUBLE)'"),
        ("/usr/bin/curl", "echo 'curl 8.17 (TEST DOUBLE)'"),
    ];

    /// <summary>Builds the double into the daemon at <paramref name="dockerHost"/>, tagged as the real base, with <paramref name="go"/> (e.g. <c>go1.19.8</c>) as its Go.</summary>
    public static async Task BuildAsync(string dockerHost, string busybox, string go)
    {
        var shims = Shims(go);
        using var context = new TempRepository();
        var dockerfile = new System.Text.StringBuilder($"FROM {busybox}\nLABEL org.slipway.test-double=\"golang:1.25.5-alpine3.23 stand-in\"\nENV PATH=/usr/local/go/bin:$PATH\n");
        foreach (var (tool, output) in shims)
        {
            var name = tool.TrimStart('/').Replace('/', '_');
            var body = output.StartsWith("echo", StringComparison.Ordinal) || output.StartsWith("case", StringComparison.Ordinal) ? output : $"echo \"{output}\"";
            context.Write(name, $"#!/bin/sh\n# TEST DOUBLE of {System.IO.Path.GetFileName(tool)} for the CI image build\n{body}\n");
            dockerfile.Append($"COPY {name} {tool}\n");
        }

        dockerfile.Append("RUN chmod +x " + string.Join(' ', shims.Select(s => s.Tool)) + "\n");
        context.Write("Dockerfile", dockerfile.ToString());
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOCKER_HOST"] = dockerHost, ["DOCKER_BUILDKIT"] = "0" };
        var build = await ExternalTools.RunAsync("docker", context.Path, ["build", "-q", "-t", Reference, "."], environment, timeoutSeconds: 300);
        Assert.True(build.ExitCode == 0, build.Output);
    }
}
