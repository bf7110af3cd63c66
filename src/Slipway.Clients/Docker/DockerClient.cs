using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using Slipway.Clients.Registry;
using Engine = Docker.DotNet;
using Version = System.Version;

namespace Slipway.Clients.Docker;

/// <summary>
/// The Docker Engine operations Slipway uses, on Docker.DotNet: images (build, inspect, tag, push, pull, import,
/// remove) and containers (create, start, wait, logs, remove, run), with Slipway's typed inputs and results and
/// the daemon's error messages kept verbatim. The API version is negotiated once, as the docker CLI does: the lower
/// of the daemon's and <see cref="MaxApiVersion"/> (Docker.DotNet speaks whatever version it is told).
/// </summary>
public sealed class DockerClient : IDisposable
{
    /// <summary>The newest Engine API version spoken: Docker 29.0's, within what Docker.DotNet's models describe.</summary>
    public static readonly Version MaxApiVersion = new(1, 52);

    private readonly SemaphoreSlim _negotiation = new(1, 1);
    private Engine.DockerClient? _engine;
    private Version? _apiVersion;

    /// <summary>Creates a client for <paramref name="endpoint"/> (from the environment when null).</summary>
    public DockerClient(DockerEndpoint? endpoint = null)
    {
        Endpoint = endpoint ?? DockerEndpoint.FromEnvironment();
    }

    /// <summary>The daemon endpoint.</summary>
    public DockerEndpoint Endpoint { get; }

    /// <summary>Checks that the daemon answers <c>GET /_ping</c>.</summary>
    /// <exception cref="DockerUnreachableException">Nothing answers at the endpoint.</exception>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        CallAsync("ping", engine => engine.System.PingAsync(cancellationToken), cancellationToken);

    /// <summary>The negotiated API version (asks the daemon once).</summary>
    public async Task<Version> GetApiVersionAsync(CancellationToken cancellationToken = default)
    {
        await EngineAsync(cancellationToken);
        return _apiVersion!;
    }

    /// <summary>
    /// Builds an image from a context directory (streamed as tar, honouring <c>.dockerignore</c>) and returns its id.
    /// Build output lines go to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="DockerApiException">The build failed; the daemon's message is kept verbatim.</exception>
    public async Task<string> BuildImageAsync(ImageBuildOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = new BuildContextWriter(options.ContextDirectory, options.Dockerfile);
        var parameters = new ImageBuildParameters
        {
            Dockerfile = options.Dockerfile.Replace('\\', '/'),
            Tags = [.. options.Tags],
            BuildArgs = new Dictionary<string, string>(options.BuildArgs, StringComparer.Ordinal),
            Labels = new Dictionary<string, string>(options.Labels, StringComparer.Ordinal),
            Target = options.Target is { Length: > 0 } target ? target : null,
            NoCache = options.NoCache ? true : null,
            Remove = true,
            ForceRemove = true,
            // The classic builder: BuildKit over the Engine API needs a gRPC session that Docker.DotNet does not offer.
            Version = "1",
        };
        var messages = new JsonMessageProgress(progress);
        var pipe = new Pipe();
        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = WriteContextAsync(context, pipe.Writer, stopWriting.Token);
        try
        {
            await CallAsync(
                "build image",
                engine => engine.Images.BuildImageFromDockerfileAsync(parameters, pipe.Reader.AsStream(), null, null, messages, cancellationToken),
                cancellationToken);
        }
        finally
        {
            // The daemon may answer before reading the whole context (a bad Dockerfile): stop the writer then.
            await stopWriting.CancelAsync();
            await writing;
        }

        messages.ThrowIfFailed("build image");
        return messages.Aux("ID") ?? throw new DockerApiException("build image", null, "the daemon finished the build without reporting an image id");
    }

    /// <summary>Inspects a local image; null when the daemon does not have it.</summary>
    public async Task<ImageInspection?> InspectImageAsync(string image, CancellationToken cancellationToken = default)
    {
        try
        {
            var inspected = await CallAsync($"inspect image {image}", engine => engine.Images.InspectImageAsync(image, cancellationToken), cancellationToken);
            return new ImageInspection(
                inspected.ID,
                inspected.Size,
                new Dictionary<string, string>(inspected.Config?.Labels ?? new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal),
                [.. inspected.RepoTags ?? []],
                [.. inspected.RepoDigests ?? []]);
        }
        catch (DockerApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Tags <paramref name="image"/> as <paramref name="repository"/>:<paramref name="tag"/>.</summary>
    public Task TagImageAsync(string image, string repository, string tag, CancellationToken cancellationToken = default) =>
        CallAsync(
            $"tag image {image} as {repository}:{tag}",
            engine => engine.Images.TagImageAsync(image, new ImageTagParameters { RepositoryName = repository, Tag = tag }, cancellationToken),
            cancellationToken);

    /// <summary>
    /// Pushes <paramref name="repository"/>:<paramref name="tag"/> and returns the digest the registry stored. A push
    /// the registry failed with a 5xx is pushed again (<see cref="PushRetries"/> times, backing off): a registry
    /// answers 500 for a race between pushes of the same layers, and blobs already stored are only checked again.
    /// </summary>
    /// <exception cref="DockerApiException">The push failed (the daemon's message is kept verbatim).</exception>
    public async Task<string> PushImageAsync(string repository, string tag, RegistryCredentials? credentials = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var operation = $"push {repository}:{tag}";
        for (var attempt = 0; ; attempt++)
        {
            var messages = new JsonMessageProgress(progress);
            await CallAsync(
                operation,
                engine => engine.Images.PushImageAsync(repository, new ImagePushParameters { Tag = tag }, AuthConfig(repository, credentials), messages, cancellationToken),
                cancellationToken);
            try
            {
                messages.ThrowIfFailed(operation);
                return messages.Aux("Digest") ?? throw new DockerApiException(operation, null, "the daemon finished the push without reporting a digest");
            }
            catch (DockerApiException ex) when (ex.RegistryStatus >= 500 && attempt < PushRetries)
            {
                var delay = PushRetryDelay * (1 << attempt);
                progress?.Report($"{ex.Message}; pushing again in {delay.TotalSeconds:0.#} s (retry {attempt + 1} of {PushRetries})");
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    /// <summary>How often a push that a registry failed with a 5xx is pushed again.</summary>
    public int PushRetries { get; init; } = 3;

    /// <summary>The wait before the first push retry; it doubles for each further one.</summary>
    public TimeSpan PushRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Pulls <paramref name="repository"/>:<paramref name="tag"/> through the daemon.</summary>
    public async Task PullImageAsync(string repository, string tag, RegistryCredentials? credentials = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var operation = $"pull {repository}:{tag}";
        var messages = new JsonMessageProgress(progress);
        await CallAsync(
            operation,
            engine => engine.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = repository, Tag = tag }, AuthConfig(repository, credentials), messages, cancellationToken),
            cancellationToken);
        messages.ThrowIfFailed(operation);
    }

    /// <summary>Creates an image from a root filesystem tar (like <c>docker import</c>) and tags it.</summary>
    public async Task<string> ImportImageAsync(Stream rootfsTar, string repository, string tag, CancellationToken cancellationToken = default)
    {
        var operation = $"import {repository}:{tag}";
        var messages = new JsonMessageProgress(null);
        await CallAsync(
            operation,
            engine => engine.Images.CreateImageAsync(new ImagesCreateParameters { Repo = repository, Tag = tag }, rootfsTar, null, messages, cancellationToken),
            cancellationToken);
        messages.ThrowIfFailed(operation);
        return messages.StatusImageId ?? throw new DockerApiException(operation, null, "the daemon did not report an image id");
    }

    /// <summary>Removes a local image; returns false when it did not exist.</summary>
    public async Task<bool> RemoveImageAsync(string image, bool force = false, CancellationToken cancellationToken = default)
    {
        try
        {
            await CallAsync($"remove image {image}", engine => engine.Images.DeleteImageAsync(image, new ImageDeleteParameters { Force = force }, cancellationToken), cancellationToken);
            return true;
        }
        catch (DockerApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Creates a container and returns its id.</summary>
    public async Task<string> CreateContainerAsync(ContainerSpec spec, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parameters = new CreateContainerParameters
        {
            Name = name,
            Image = spec.Image,
            Tty = false,
            AttachStdout = true,
            AttachStderr = true,
            Env = [.. spec.Environment.Select(kv => $"{kv.Key}={kv.Value}")],
            Labels = new Dictionary<string, string>(spec.Labels, StringComparer.Ordinal),
            Cmd = spec.Command.Count > 0 ? [.. spec.Command] : null!,
            WorkingDir = spec.WorkingDirectory ?? "",
            HostConfig = new HostConfig { Binds = [.. spec.Binds] },
        };
        var created = await CallAsync($"create container from {spec.Image}", engine => engine.Containers.CreateContainerAsync(parameters, cancellationToken), cancellationToken);
        return created.ID;
    }

    /// <summary>Starts a created container.</summary>
    public Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default) =>
        CallAsync($"start container {containerId}", engine => engine.Containers.StartContainerAsync(containerId, new ContainerStartParameters(), cancellationToken), cancellationToken);

    /// <summary>Waits for a container to stop and returns its exit code.</summary>
    public async Task<long> WaitContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        var operation = $"wait for container {containerId}";
        var result = await CallAsync(operation, engine => engine.Containers.WaitContainerAsync(containerId, cancellationToken), cancellationToken);
        return result.Error?.Message is { Length: > 0 } message ? throw new DockerApiException(operation, null, message) : result.StatusCode;
    }

    /// <summary>Reads a (non-TTY) container's stdout and stderr so far.</summary>
    public async Task<ContainerOutput> GetContainerLogsAsync(string containerId, CancellationToken cancellationToken = default)
    {
        using var stream = await CallAsync(
            $"read logs of container {containerId}",
            engine => engine.Containers.GetContainerLogsAsync(containerId, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, cancellationToken),
            cancellationToken);
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        using var combined = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken) is { EOF: false } read)
        {
            (read.Target == MultiplexedStream.TargetStream.StandardError ? stderr : stdout).Write(buffer, 0, read.Count);
            combined.Write(buffer, 0, read.Count);
        }

        return new ContainerOutput(Decode(stdout), Decode(stderr), Decode(combined));
    }

    /// <summary>Removes a container (killing it if running); returns false when it did not exist.</summary>
    public async Task<bool> RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        try
        {
            await CallAsync(
                $"remove container {containerId}",
                engine => engine.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken),
                cancellationToken);
            return true;
        }
        catch (DockerApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Runs <paramref name="command"/> in a new container from <paramref name="image"/>, waits, collects its output and removes it.</summary>
    public Task<ContainerRunResult> RunAsync(string image, IReadOnlyList<string> command, CancellationToken cancellationToken = default) =>
        RunAsync(new ContainerSpec { Image = image, Command = command }, cancellationToken);

    /// <summary>Runs a container described by <paramref name="spec"/>, waits, collects its output and removes it.</summary>
    public async Task<ContainerRunResult> RunAsync(ContainerSpec spec, CancellationToken cancellationToken = default)
    {
        var id = await CreateContainerAsync(spec, null, cancellationToken);
        try
        {
            await StartContainerAsync(id, cancellationToken);
            var exitCode = await WaitContainerAsync(id, cancellationToken);
            return new ContainerRunResult(exitCode, await GetContainerLogsAsync(id, cancellationToken));
        }
        finally
        {
            await RemoveContainerAsync(id, CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _engine?.Dispose();
        _negotiation.Dispose();
    }

    private static string Decode(MemoryStream stream) => Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);

    // The daemon wants X-Registry-Auth even for anonymous pushes; Docker.DotNet sends an empty one for null.
    private static AuthConfig? AuthConfig(string repository, RegistryCredentials? credentials) =>
        credentials is null ? null : new AuthConfig
        {
            Username = credentials.Username,
            Password = credentials.Password,
            ServerAddress = ImageReference.Parse(repository).Registry,
        };

    private static async Task WriteContextAsync(BuildContextWriter context, PipeWriter destination, CancellationToken cancellationToken)
    {
        try
        {
            await using (var stream = destination.AsStream(leaveOpen: true))
            {
                await context.WriteAsync(stream, cancellationToken);
            }

            await destination.CompleteAsync();
        }
        catch (OperationCanceledException)
        {
            await destination.CompleteAsync();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The reading side (the request) fails with this, naming the unreadable file.
            await destination.CompleteAsync(ex);
        }
    }

    private Task CallAsync(string operation, Func<Engine.DockerClient, Task> call, CancellationToken cancellationToken) =>
        CallAsync<bool>(operation, async engine =>
        {
            await call(engine);
            return true;
        }, cancellationToken);

    private async Task<T> CallAsync<T>(string operation, Func<Engine.DockerClient, Task<T>> call, CancellationToken cancellationToken) =>
        await TranslateAsync(operation, call, await EngineAsync(cancellationToken));

    private async Task<T> TranslateAsync<T>(string operation, Func<Engine.DockerClient, Task<T>> call, Engine.DockerClient engine)
    {
        try
        {
            return await call(engine);
        }
        catch (Engine.DockerApiException ex)
        {
            throw new DockerApiException(operation, ex.StatusCode, DaemonMessage.From(ex.ResponseBody, ex.StatusCode));
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw new DockerUnreachableException(Endpoint, ex);
        }
    }

    private async Task<Engine.DockerClient> EngineAsync(CancellationToken cancellationToken)
    {
        if (_engine is { } ready)
        {
            return ready;
        }

        await _negotiation.WaitAsync(cancellationToken);
        try
        {
            if (_engine is null)
            {
                using var unversioned = Build(null);
                var version = await TranslateAsync("ask the daemon's API version", engine => engine.System.GetVersionAsync(cancellationToken), unversioned);
                var server = Version.Parse(version.APIVersion);
                _apiVersion = server < MaxApiVersion ? server : MaxApiVersion;
                _engine = Build(_apiVersion);
            }

            return _engine;
        }
        finally
        {
            _negotiation.Release();
        }
    }

    private Engine.DockerClient Build(Version? apiVersion)
    {
        var builder = new DockerClientBuilder().WithEndpoint(Endpoint.EngineAddress).WithApiVersion(apiVersion!);
        return (Endpoint.CreateAuthProvider() is { } tls ? builder.WithAuthProvider(tls) : builder).Build();
    }

    private static bool IsConnectionFailure(Exception ex) => ex switch
    {
        SocketException or AuthenticationException => true,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsConnectionFailure),
        HttpRequestException or IOException => ex.InnerException is { } inner && IsConnectionFailure(inner),
        _ => false,
    };
}
