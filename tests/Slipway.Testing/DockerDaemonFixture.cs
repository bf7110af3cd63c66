using Slipway.Clients.Docker;
using Xunit;

namespace Slipway.Testing;

/// <summary>
/// xunit fixture giving a test assembly one Docker daemon: the one named by <c>SLIPWAY_TEST_DOCKER_HOST</c>
/// (the CI script's shared daemon), or else a private <see cref="DockerDaemon"/> started here and stopped on dispose.
/// The base image <see cref="BaseImage.Reference"/> is imported once. A daemon that cannot start fails the tests.
/// </summary>
public sealed class DockerDaemonFixture : IAsyncLifetime
{
    /// <summary>The environment variable naming a shared daemon.</summary>
    public const string HostVariable = "SLIPWAY_TEST_DOCKER_HOST";

    private DockerDaemon? _ownDaemon;
    private string? _dockerHost;

    /// <summary>The daemon's <c>DOCKER_HOST</c> value.</summary>
    public string DockerHost => _dockerHost ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>The imported base image, <c>slipway-test/busybox:latest</c>.</summary>
    public string BaseImage => Testing.BaseImage.Reference;

    /// <summary>A new client for the daemon (dispose it).</summary>
    public DockerClient CreateClient() => new(DockerEndpoint.Parse(DockerHost));

    public async Task InitializeAsync()
    {
        var shared = Environment.GetEnvironmentVariable(HostVariable);
        if (string.IsNullOrWhiteSpace(shared))
        {
            _ownDaemon = await DockerDaemon.StartAsync();
            shared = _ownDaemon.DockerHost;
        }

        _dockerHost = shared;
        using var client = CreateClient();
        await Testing.BaseImage.EnsureAsync(client);
    }

    public Task DisposeAsync()
    {
        _ownDaemon?.Dispose();
        return Task.CompletedTask;
    }
}
