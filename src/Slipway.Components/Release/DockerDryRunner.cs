using System.Runtime.InteropServices;
using System.Text.Json;
using Serilog;
using Slipway.Clients.Docker;
using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
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
    public static IReadOnlyList<string> BuildxArguments(string contextDirectory, string platform, string tag, IReadOnlyDictionary<string, string> buildArgs,
        IReadOnlyDictionary<string, string>? labels = null) =>
    [
        "buildx", "build", "--platform", platform, "--load",
        "--file", Path.Combine(contextDirectory, "Dockerfile"), "--tag", tag,
        .. buildArgs.OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => new[] { "--build-arg", $"{a.Key}={a.Value}" }),
        .. (labels ?? new Dictionary<string, string>(StringComparer.Ordinal)).OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => new[] { "--label", $"{a.Key}={a.Value}" }),
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

        var plans = await PlansAsync(build, dist, platform, binaries, cancellationToken);
        if (plans.Count == 0)
        {
            log.Warning("The GoReleaser configuration builds no image for {Platform}, the platform of this host: nothing to dry-run here", platform);
            return;
        }

        var docker = build.FindTool(KnownTools.Docker);
        var useBuildx = docker is not null && await HasBuildxAsync(build, docker, cancellationToken);
        foreach (var plan in plans)
        {
            await BuildAndCheckAsync(build, dist, plan, docker, useBuildx, cancellationToken);
        }
    }

    // The configuration's dockers/dockers_v2 entries for this platform; without any, the release Dockerfile as before.
    private static async Task<IReadOnlyList<DockerDryRunPlan>> PlansAsync(IDockerDryRun build, DistDirectory dist, string platform, IReadOnlyList<GoReleaserArtifact> binaries,
        CancellationToken cancellationToken)
    {
        GoReleaserConfig config;
        try
        {
            config = GoReleaserConfigReader.Read(build.GoDirectory, build.GoReleaserConfig);
        }
        catch (GoReleaserConfigException ex)
        {
            throw new InvalidOperationException($"The GoReleaser configuration cannot be read: {ex.Message}", ex);
        }

        var baseImage = build.DockerBaseImage is { } image ? new Dictionary<string, string>(StringComparer.Ordinal) { ["BASE_IMAGE"] = image } : [];
        if (config.Dockers.Count == 0 && config.DockersV2.Count == 0)
        {
            if (!File.Exists(build.ReleaseDockerfile))
            {
                throw new InvalidOperationException($"The release Dockerfile {build.ReleaseDockerfile} does not exist; create it or point ReleaseDockerfile elsewhere.");
            }

            var buildArgs = BuildArgs(dist.Metadata, build.ImageSource, build.DockerBaseImage);
            var expected = CheckedLabels.Where(l => buildArgs.ContainsKey(l.BuildArg)).ToDictionary(l => l.Label, l => buildArgs[l.BuildArg], StringComparer.Ordinal);
            return [new DockerDryRunPlan(Path.GetFileName(build.ReleaseDockerfile), Path.GetRelativePath(build.GoDirectory, build.ReleaseDockerfile), platform,
                [.. binaries.Select(b => (dist.ResolvePath(b), platform + "/" + b.Name))], buildArgs, new Dictionary<string, string>(StringComparer.Ordinal), expected, [])];
        }

        var data = DockerDryRunPlans.Data(dist, await CommitDateAsync(build, cancellationToken), platform, build.Context.Environment);
        return [.. DockerDryRunPlans.For(config, dist, platform, data, build.Context.Environment)
            .Select(p => p with { BuildArgs = new Dictionary<string, string>(p.BuildArgs.Concat(baseImage), StringComparer.Ordinal) })];
    }

    private static async Task BuildAndCheckAsync(IDockerDryRun build, DistDirectory dist, DockerDryRunPlan plan, string? docker, bool useBuildx, CancellationToken cancellationToken)
    {
        var context = build.Context;
        var log = context.Log;
        var dockerfile = Path.Combine(build.GoDirectory, plan.Dockerfile);
        if (!File.Exists(dockerfile))
        {
            throw new InvalidOperationException($"{plan.Entry}: the Dockerfile {plan.Dockerfile} does not exist in {build.GoDirectory}.");
        }

        var contextDirectory = Path.Combine(context.TemporaryDirectory, "docker-dry-run-" + Guid.NewGuid().ToString("N")[..8]);
        var tag = $"slipway-dry-run/{TagPart(dist.Metadata.ProjectName)}:{TagPart(dist.Metadata.Version)}-{Path.GetFileName(contextDirectory)[^8..]}";
        log.Information("Building {Entry} ({Dockerfile}) for {Platform} as {Tag} with {Builder}; nothing is pushed", plan.Entry, plan.Dockerfile, plan.Platform, tag,
            useBuildx ? "docker buildx" : $"the Docker Engine API at {context.Environment.GetValueOrDefault("DOCKER_HOST") ?? DockerEndpoint.DefaultHost}");
        foreach (var reason in plan.Unchecked)
        {
            log.Warning("Not checked: {Reason}", reason);
        }

        try
        {
            Directory.CreateDirectory(contextDirectory);
            File.Copy(dockerfile, Path.Combine(contextDirectory, "Dockerfile"));
            foreach (var (source, destination) in plan.Files)
            {
                CopyIntoContext(plan.Entry, source, Path.Combine(contextDirectory, destination));
            }

            var labels = useBuildx
                ? await BuildWithBuildxAsync(build, docker!, contextDirectory, plan, tag, cancellationToken)
                : await BuildWithEngineApiAsync(build, contextDirectory, plan, tag, cancellationToken);
            log.Information("Image labels: {Labels}", string.Join(", ", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")));
            CheckLabels(labels, plan, dist.Metadata, tag);
            log.Information("Image {Tag} labels match {Source}: version {Version}, revision {Revision}", tag,
                plan.Entry.Contains('[', StringComparison.Ordinal) ? plan.Entry + " and " + MetadataFile.FileName : MetadataFile.FileName, dist.Metadata.Version, dist.Metadata.Commit);
        }
        finally
        {
            await RemoveImageAsync(build, docker, useBuildx, tag, log);
            TryDelete(contextDirectory);
        }
    }

    private static void CopyIntoContext(string entry, string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (Directory.Exists(source))
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                CopyIntoContext(entry, file, Path.Combine(destination, Path.GetRelativePath(source, file)));
            }
        }
        else if (File.Exists(source))
        {
            File.Copy(source, destination, overwrite: true);
        }
        else
        {
            throw new InvalidOperationException($"{entry}: extra file {source} does not exist; a step before the image build must produce it.");
        }
    }

    // GoReleaser's CommitDate is the commit's committer date in UTC.
    private static async Task<DateTimeOffset?> CommitDateAsync(IDockerDryRun build, CancellationToken cancellationToken)
    {
        var result = await ToolProcess.RunAsync(build, "git", build.GoDirectory, ["log", "-1", "--format=%cI"], cancellationToken);
        return result.ExitCode == 0 && DateTimeOffset.TryParse(result.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;
    }

    // Declared labels must carry their rendered values; OCI version and revision labels set some other way must follow metadata.json.
    private static void CheckLabels(IReadOnlyDictionary<string, string> labels, DockerDryRunPlan plan, GoReleaserMetadata metadata, string tag)
    {
        var expected = new Dictionary<string, string>(plan.ExpectedLabels, StringComparer.Ordinal);
        foreach (var (label, value) in new[] { ("org.opencontainers.image.version", metadata.Version), ("org.opencontainers.image.revision", metadata.Commit) })
        {
            if (!expected.ContainsKey(label) && labels.ContainsKey(label))
            {
                expected[label] = value;
            }
        }

        var wrong = expected.Where(l => !string.Equals(labels.GetValueOrDefault(l.Key), l.Value, StringComparison.Ordinal))
            .Select(l => $"{l.Key}: expected {l.Value}, image has {labels.GetValueOrDefault(l.Key) ?? "(none)"}")
            .ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException(
                $"Image {tag} ({plan.Entry}) has labels that do not match {(plan.Labels.Count > 0 ? "the GoReleaser configuration" : MetadataFile.FileName)}:\n  {string.Join("\n  ", wrong)}\n"
                + (plan.Labels.Count > 0
                    ? "A Dockerfile LABEL never overrides the labels GoReleaser passes; check the configuration's labels and the Dockerfile's."
                    : "The Dockerfile must set each label from its build argument (LABEL org.opencontainers.image.version=\"${VERSION}\" ...)."));
        }
    }

    private static async Task<bool> HasBuildxAsync(IDockerDryRun build, string docker, CancellationToken cancellationToken) =>
        (await ToolProcess.RunAsync(build, docker, build.Context.RootDirectory, ["buildx", "version"], cancellationToken, DockerEnvironment(build))).ExitCode == 0;

    private static async Task<IReadOnlyDictionary<string, string>> BuildWithBuildxAsync(IDockerDryRun build, string docker, string contextDirectory, DockerDryRunPlan plan, string tag,
        CancellationToken cancellationToken)
    {
        await build.Context.Processes.RunAsync(
            new Slipway.Tooling.ProcessSpec(docker, BuildxArguments(contextDirectory, plan.Platform, tag, plan.BuildArgs, plan.Labels)) { Environment = DockerEnvironment(build) },
            cancellationToken);
        var inspect = await build.Context.Processes.RunAsync(
            new Slipway.Tooling.ProcessSpec(docker, ["image", "inspect", "--format", "{{json .Config.Labels}}", tag]) { Environment = DockerEnvironment(build), LogOutput = false },
            cancellationToken);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(inspect.StandardOutput.Trim() is { Length: > 0 } json && !string.Equals(json, "null", StringComparison.Ordinal) ? json : "{}")
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyDictionary<string, string>> BuildWithEngineApiAsync(IDockerDryRun build, string contextDirectory, DockerDryRunPlan plan, string tag,
        CancellationToken cancellationToken)
    {
        using var client = CreateClient(build);
        await client.PingAsync(cancellationToken);
        // The classic builder does not set TARGETPLATFORM, which the release Dockerfile's COPY uses.
        var args = new Dictionary<string, string>(plan.BuildArgs, StringComparer.Ordinal) { ["TARGETPLATFORM"] = plan.Platform };
        var id = await client.BuildImageAsync(
            new ImageBuildOptions { ContextDirectory = contextDirectory, Tags = [tag], BuildArgs = args, Labels = plan.Labels },
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
