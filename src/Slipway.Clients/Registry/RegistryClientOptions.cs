using Slipway.Clients.Http;

namespace Slipway.Clients.Registry;

/// <summary>How a <see cref="RegistryClient"/> connects and authenticates.</summary>
public sealed record RegistryClientOptions
{
    /// <summary>Credentials to use; when null they are looked up in the Docker config file (unless disabled).</summary>
    public RegistryCredentials? Credentials { get; init; }

    /// <summary>Whether to read credentials from the Docker config file when none are given.</summary>
    public bool UseDockerConfig { get; init; } = true;

    /// <summary>The Docker config file to read; null for <see cref="RegistryCredentials.DefaultDockerConfigPath"/>.</summary>
    public string? DockerConfigPath { get; init; }

    /// <summary>Allow plain HTTP to a non-loopback host (loopback hosts always use HTTP).</summary>
    public bool Insecure { get; init; }

    /// <summary>Retry and timeout bounds.</summary>
    public RetryOptions Retry { get; init; } = RetryOptions.Default;

    /// <summary>The innermost handler (a <see cref="SocketsHttpHandler"/> when null); for tests.</summary>
    public HttpMessageHandler? InnerHandler { get; init; }
}
