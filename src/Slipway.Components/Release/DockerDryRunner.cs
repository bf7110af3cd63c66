using System.Runtime.InteropServices;
using System.Text.Json;
using Serilog;
using Slipway.Clients.Docker;
using Slipway.Clients.GoReleaser;
using Slipway.Components.Go;
using Slipway.Components.Tools;

namespace Slipway.Components.Release;

/// <summary>The work of <see cref="IDockerDryRun.DockerDryRun"/>.</summary>
internal static class DockerDryRunner
{
    /// <summary>The OCI label keys checked against metadata.json, with the Dockerfile build argument that sets each.</summary>
    public static readonly IReadOnlyList<(string Label, string BuildArg)> CheckedLabels =
    [
        ("org.opencontainers.image.version", "VERSION"),
        ("org.opencontainers.image.revision", "REVISION"),
        ("org.opencontainers.image.created", "CREATED"),
        ("org.opencontainers.image.source", "SOURCE"),
    ];

    private static readonly string[] DockerVariables = ["DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_CONTEXT", "DOCKER_CONFIG"];

    /// <summary>The host's platform as Docker names it (<c>linux/amd64</c>, <c>linux/arm64</c>).</summary>
    public static string NativePlatform => "linux/" + RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.Arm64 => "arm64",
        Architecture.Arm => "arm",
        var other => other.ToString().ToLowerInvariant(),
    };

    /// <summary>The exact <c>docker buildx build</c> arguments: native platform, loaded into the local image store, nothing pushed.</summary>
    public static IReadOnlyList<string> BuildxArguments(string contextDirectory, string platform, string tag, IReadOnlyDictionary<string, string> buildArgs) =>
    [
        "buildx", "build", "--platform", platform, "--load",
        "--file", Path.Combine(contextDirectory, "Dockerfile"), "--tag", tag,
        .. buildArgs.OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => new[] { "--build-arg", $"{a.Key}={a.Value}" }),
        contextDirectory,
    ];

    /// <summary>The build arguments: labels from the metadata, the base image override, the target platform for builders that do not set it.</summary>
    public static IReadOnlyDictionary<string, string> BuildArgs(GoReleaserMetadata metadata, string? source, string? baseImage)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["VERSION"] = metadata.Version,
            ["REVISION"] = metadata.Commit,
            ["CREATED"] = metadata.Date,
        };
        if (source is not null)
        {
            values["SOURCE"] = source;
        }

        if (baseImage is not null)
        {
            values["BASE_IMAGE"] = baseImage;
        }

        return values;
    }

    public static async Task RunAsync(IDockerDryRun build, CancellationToken cancellationToken)
    {
        var context = build.Context;
        var log = context.Log;
        var dist = DistDirectory.Load(build.DistPath);
        var platform = NativePlatform;
        var binaries = dist.Binaries.Where(b => string.Equals(b.Platform, platform, StringComparison.Ordinal)).ToList();
        if (binaries.Count == 0)
        {
            throw new InvalidOperationException(
                $"{build.DistPath} has no {platform} binary (it has: {string.Join(", ", dist.Binaries.Select(b => b.Platform).Distinct(StringComparer.Ordinal))}). "
                + "Add it to the GoReleaser build matrix, or run SnapshotBuild on this platform.");
        }

        if (!File.Exists(build.ReleaseDockerfile))
        {
            throw new InvalidOperationException($"The release Dockerfile {build.ReleaseDockerfile} does not exist; create it or point ReleaseDockerfile elsewhere.");
        }

        var contextDirectory = Path.Combine(context.TemporaryDirectory, "docker-dry-run-" + Guid.NewGuid().ToString("N")[..8]);
        var tag = $"slipway-dry-run/{TagPart(dist.Metadata.ProjectName)}:{TagPart(dist.Metadata.Version)}-{Path.GetFileName(contextDirectory)[^8..]}";
        var buildArgs = BuildArgs(dist.Metadata, build.ImageSource, build.DockerBaseImage);
        var docker = build.FindTool(KnownTools.Docker);
        var useBuildx = docker is not null && await HasBuildxAsync(build, docker, cancellationToken);
        log.Information("Building {Dockerfile} for {Platform} as {Tag} with {Builder}; nothing is pushed", build.ReleaseDockerfile, platform, tag,
            useBuildx ? "docker buildx" : $"the Docker Engine API at {context.Environment.GetValueOrDefault("DOCKER_HOST") ?? DockerEndpoint.DefaultHost}");
        try
        {
            Directory.CreateDirectory(Path.Combine(contextDirectory, platform));
            File.Copy(build.ReleaseDockerfile, Path.Combine(contextDirectory, "Dockerfile"));
            foreach (var binary in binaries)
            {
                File.Copy(dist.ResolvePath(binary), Path.Combine(contextDirectory, platform, binary.Name));
            }

            var labels = useBuildx
                ? await BuildWithBuildxAsync(build, docker!, contextDirectory, platform, tag, buildArgs, cancellationToken)
                : await BuildWithEngineApiAsync(build, contextDirectory, platform, tag, buildArgs, cancellationToken);
            CheckLabels(labels, buildArgs, tag);
            log.Information("Image {Tag} labels match {Metadata}: version {Version}, revision {Revision}", tag, MetadataFile.FileName, dist.Metadata.Version, dist.Metadata.Commit);
        }
        finally
        {
            await RemoveImageAsync(build, docker, useBuildx, tag, log);
            TryDelete(contextDirectory);
        }
    }

    private static void CheckLabels(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> buildArgs, string tag)
    {
        var wrong = CheckedLabels
            .Where(l => buildArgs.ContainsKey(l.BuildArg))
            .Where(l => !string.Equals(labels.GetValueOrDefault(l.Label), buildArgs[l.BuildArg], StringComparison.Ordinal))
            .Select(l => $"{l.Label}: expected {buildArgs[l.BuildArg]}, image has {labels.GetValueOrDefault(l.Label) ?? "(none)"}")
            .ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException(
                $"Image {tag} has labels that do not match {MetadataFile.FileName}:\n  {string.Join("\n  ", wrong)}\n"
                + "The Dockerfile must set each label from its build argument (LABEL org.opencontainers.image.version=\"${VERSION}\" ...).");
        }
    }

    private static async Task<bool> HasBuildxAsync(IDockerDryRun build, string docker, CancellationToken cancellationToken) =>
        (await ToolProcess.RunAsync(build, docker, build.Context.RootDirectory, ["buildx", "version"], cancellationToken, DockerEnvironment(build))).ExitCode == 0;

    private static async Task<IReadOnlyDictionary<string, string>> BuildWithBuildxAsync(IDockerDryRun build, string docker, string contextDirectory, string platform, string tag,
        IReadOnlyDictionary<string, string> buildArgs, CancellationToken cancellationToken)
    {
        await build.Context.Processes.RunAsync(
            new Slipway.Tooling.ProcessSpec(docker, BuildxArguments(contextDirectory, platform, tag, buildArgs)) { Environment = DockerEnvironment(build) }, cancellationToken);
        var inspect = await build.Context.Processes.RunAsync(
            new Slipway.Tooling.ProcessSpec(docker, ["image", "inspect", "--format", "{{json .Config.Labels}}", tag]) { Environment = DockerEnvironment(build), LogOutput = false },
            cancellationToken);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(inspect.StandardOutput.Trim() is { Length: > 0 } json && !string.Equals(json, "null", StringComparison.Ordinal) ? json : "{}")
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyDictionary<string, string>> BuildWithEngineApiAsync(IDockerDryRun build, string contextDirectory, string platform, string tag,
        IReadOnlyDictionary<string, string> buildArgs, CancellationToken cancellationToken)
    {
        using var client = CreateClient(build);
        await client.PingAsync(cancellationToken);
        // The classic builder does not set TARGETPLATFORM, which the release Dockerfile's COPY uses.
        var args = new Dictionary<string, string>(buildArgs, StringComparer.Ordinal) { ["TARGETPLATFORM"] = platform };
        var id = await client.BuildImageAsync(
            new ImageBuildOptions { ContextDirectory = contextDirectory, Tags = [tag], BuildArgs = args },
            new LogProgress(build.Context.Log),
            cancellationToken);
        var image = await client.InspectImageAsync(tag, cancellationToken)
            ?? throw new InvalidOperationException($"The daemon reported image {id} built, but has no image tagged {tag}.");
        build.Context.Log.Information("Built image {Tag} ({Id}, {Size} bytes)", tag, image.Id, image.Size);
        return image.Labels;
    }

    private static async Task RemoveImageAsync(IDockerDryRun build, string? docker, bool useBuildx, string tag, ILogger log)
    {
        try
        {
            if (useBuildx)
            {
                var result = await ToolProcess.RunAsync(build, docker!, build.Context.RootDirectory, ["image", "rm", "--force", tag], CancellationToken.None, DockerEnvironment(build));
                log.Information(result.ExitCode == 0 ? "Removed image {Tag}" : "Image {Tag} was not built, nothing to remove", tag);
                return;
            }

            using var client = CreateClient(build);
            var removed = await client.RemoveImageAsync(tag, force: true, CancellationToken.None);
            log.Information(removed ? "Removed image {Tag}" : "Image {Tag} was not built, nothing to remove", tag);
        }
        catch (Exception ex) when (ex is DockerUnreachableException or DockerApiException or HttpRequestException or InvalidOperationException)
        {
            log.Warning("Could not remove image {Tag}: {Message}", tag, ex.Message);
        }
    }

    private static DockerClient CreateClient(IDockerDryRun build)
    {
        try
        {
            return new DockerClient(DockerEndpoint.FromEnvironment(name => build.Context.Environment.GetValueOrDefault(name)));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
    }

    private static Dictionary<string, string?> DockerEnvironment(IDockerDryRun build) =>
        DockerVariables.Where(build.Context.Environment.ContainsKey).ToDictionary(v => v, v => (string?)build.Context.Environment[v], StringComparer.Ordinal);

    private static string TagPart(string text)
    {
        var part = new string([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]).Trim('-', '.');
        return part.Length == 0 ? "snapshot" : part[..Math.Min(part.Length, 100)];
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Scratch space under .nuke/temp; a leftover is harmless.
        }
    }

    /// <summary>Logs build output as it arrives, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class LogProgress(ILogger log) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.Trim() is { Length: > 0 } line)
            {
                log.Information("{Line}", line);
            }
        }
    }
}
