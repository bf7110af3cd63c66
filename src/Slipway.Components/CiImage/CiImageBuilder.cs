using Serilog;
using Slipway.Clients.Docker;
using Slipway.Clients.Registry;
using Slipway.IO;

namespace Slipway.Components.CiImage;

/// <summary>
/// Makes sure the content-tagged CI image exists in the registry: one manifest HEAD when it does; otherwise build
/// (Docker Engine API), check size, smoke-test, HEAD again (another run may have pushed meanwhile), push, and confirm
/// the digest with a HEAD. Removes no images. Registry retries come from the registry client's retry handler; 401
/// and 403 fail at once.
/// </summary>
public sealed class CiImageBuilder(CiImageSettings settings, ILogger log)
{
    /// <summary>Where the resolved reference is written, relative to the root, as <c>CI_IMAGE=...</c>.</summary>
    public const string EnvironmentFile = ".nuke/temp/ci-image.env";

    /// <summary>Runs the steps; writes <see cref="EnvironmentFile"/> once the image is in the registry.</summary>
    /// <exception cref="CiImageException">A step failed; see the message.</exception>
    public async Task<CiImageOutcome> RunAsync(CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string tag;
        try
        {
            tag = CiImageTag.ComputeFromFiles(settings.Root, settings.Dockerfile, settings.BuildArgs, settings.TargetStage, settings.TagPrefix);
        }
        catch (FileNotFoundException ex)
        {
            throw new CiImageException(ex.Message, ex);
        }

        var repository = $"{settings.Image.Registry}/{settings.Image.Repository}";
        var reference = $"{repository}:{tag}";
        log.Information("CI image: {Reference}", reference);
        using var registry = CreateRegistryClient();
        if (await HeadAsync(registry, tag, "check whether it exists", cancellationToken) is { } existing)
        {
            log.Information("{Reference} exists ({Digest}); nothing to build", reference, existing.Digest);
            return Publish(new CiImageOutcome(reference, existing.Digest, Built: false, Pushed: false));
        }

        log.Information("{Reference} is not in the registry: building it", reference);
        using var docker = new DockerClient(settings.Docker);
        var progress = new LogProgress(log);
        var labels = new Dictionary<string, string>(await settings.Labels(cancellationToken), StringComparer.Ordinal) { [ImageSourceLabels.Version] = tag };
        var imageId = await DockerStepAsync("build", () => docker.BuildImageAsync(
            new ImageBuildOptions
            {
                ContextDirectory = settings.Root,
                Dockerfile = settings.Dockerfile,
                Tags = [reference],
                BuildArgs = settings.BuildArgs,
                Labels = labels,
                Target = settings.TargetStage,
            },
            progress,
            cancellationToken));
        await CheckSizeAsync(docker, imageId, cancellationToken);
        await SmokeTestAsync(docker, imageId, cancellationToken);

        if (await HeadAsync(registry, tag, "check again before pushing", cancellationToken) is { } raced)
        {
            log.Information("{Reference} was pushed by another run meanwhile ({Digest}); not pushing", reference, raced.Digest);
            return Publish(new CiImageOutcome(reference, raced.Digest, Built: true, Pushed: false));
        }

        var pushed = await DockerStepAsync("push", () => docker.PushImageAsync(repository, tag, PushCredentials(registry.Host), progress, cancellationToken));
        var confirmed = await HeadAsync(registry, tag, "confirm the push", cancellationToken)
            ?? throw new CiImageException($"The daemon pushed {reference} ({pushed}) but the registry does not list it; check the registry's storage and logs.");
        if (string.Equals(confirmed.Digest, pushed, StringComparison.Ordinal))
        {
            log.Information("Pushed {Reference} ({Digest})", reference, pushed);
        }
        else
        {
            // Same tag means same inputs: another run's push of an equivalent image landed last.
            log.Warning("Pushed {Reference} as {Pushed}, but the tag now resolves to {Digest} (another run pushed the same inputs last)", reference, pushed, confirmed.Digest);
        }

        return Publish(new CiImageOutcome(reference, confirmed.Digest, Built: true, Pushed: true));
    }

    private RegistryClient CreateRegistryClient()
    {
        try
        {
            return new RegistryClient(settings.Image.Registry, new RegistryClientOptions
            {
                Credentials = settings.Credentials,
                DockerConfigPath = settings.DockerConfigPath,
                Insecure = settings.Insecure,
                Retry = settings.Retry,
            });
        }
        catch (ArgumentException ex)
        {
            throw new CiImageException($"--ci-image: {ex.Message}", ex);
        }
    }

    private RegistryCredentials? PushCredentials(string host) =>
        settings.Credentials ?? RegistryCredentials.FromDockerConfig(host, settings.DockerConfigPath);

    private async Task<ManifestInfo?> HeadAsync(RegistryClient registry, string tag, string purpose, CancellationToken cancellationToken)
    {
        try
        {
            return await registry.HeadManifestAsync(settings.Image.Repository, tag, cancellationToken);
        }
        catch (RegistryAuthenticationException ex)
        {
            var hint = settings.Credentials is null
                ? $" No credentials were given: pass --registry-username and --registry-password, or log in so {settings.DockerConfigPath ?? "the Docker config file"} holds them."
                : "";
            throw new CiImageException($"Registry authentication failed ({purpose}): {ex.Message}{hint}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new CiImageException($"Could not {purpose} for {settings.Image.Registry}/{settings.Image.Repository}:{tag}: {ex.Message}", ex);
        }
        catch (FormatException ex)
        {
            throw new CiImageException($"Could not read registry credentials: {ex.Message}", ex);
        }
    }

    private async Task<T> DockerStepAsync<T>(string step, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DockerUnreachableException ex)
        {
            throw new CiImageException($"{ex.Message} (needed to {step} the CI image; pass --docker-host to use another daemon)", ex);
        }
        catch (DockerApiException ex)
        {
            throw new CiImageException($"Docker {step} of the CI image failed: {ex.Message}", ex);
        }
    }

    private async Task CheckSizeAsync(DockerClient docker, string imageId, CancellationToken cancellationToken)
    {
        var image = await DockerStepAsync("inspect", () => docker.InspectImageAsync(imageId, cancellationToken))
            ?? throw new CiImageException($"The daemon built {imageId} but cannot inspect it.");
        log.Information("Image size: {Size}{Limit}", ByteSize.Format(image.Size), settings.MaxSize is { } max ? $" (limit {ByteSize.Format(max)})" : "");
        if (settings.MaxSize is { } limit && image.Size > limit)
        {
            throw new CiImageException(
                $"The CI image is {ByteSize.Format(image.Size)} ({image.Size} bytes), over the --ci-image-max-size limit of {ByteSize.Format(limit)} ({limit} bytes); make it smaller (fewer or leaner packages, clean caches in the same RUN) or raise the limit. Nothing was pushed.");
        }
    }

    private async Task SmokeTestAsync(DockerClient docker, string imageId, CancellationToken cancellationToken)
    {
        foreach (var command in settings.SmokeCommands)
        {
            var shown = SmokeCommands.Format(command);
            log.Information("Smoke test: {Command}", shown);
            ContainerRunResult result;
            try
            {
                result = await docker.RunAsync(imageId, command, cancellationToken);
            }
            catch (DockerApiException ex)
            {
                throw new CiImageException($"Smoke test '{shown}' could not run inside the new CI image ({ex.DaemonMessage}); nothing was pushed. Is the tool installed and on PATH in the image?", ex);
            }

            var output = result.Output.Combined.TrimEnd();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                log.Information("  {Line}", line.TrimEnd('\r'));
            }

            if (result.ExitCode != 0)
            {
                throw new CiImageException(
                    $"Smoke test '{shown}' exited with {result.ExitCode} inside the new CI image; nothing was pushed. Output:\n{(output.Length > 0 ? output : "(none)")}");
            }
        }
    }

    private CiImageOutcome Publish(CiImageOutcome outcome)
    {
        AtomicFile.WriteAllText(Path.Combine(settings.Root, EnvironmentFile), $"CI_IMAGE={outcome.Reference}\n");
        return outcome;
    }
}
