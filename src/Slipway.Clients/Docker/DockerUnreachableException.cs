namespace Slipway.Clients.Docker;

/// <summary>No Docker daemon answered at the configured endpoint.</summary>
public sealed class DockerUnreachableException : Exception
{
    /// <summary>Creates the exception for <paramref name="endpoint"/>.</summary>
    public DockerUnreachableException(DockerEndpoint endpoint, Exception inner)
        : base($"Cannot reach the Docker daemon at {endpoint} ({inner.GetBaseException().Message}). "
            + "Start it (e.g. 'sudo systemctl start docker', or run 'dockerd' as root) or point DOCKER_HOST at a running daemon "
            + "(unix:///path/to/docker.sock or tcp://host:port).", inner)
    {
        Endpoint = endpoint;
    }

    /// <summary>The endpoint that did not answer.</summary>
    public DockerEndpoint Endpoint { get; }
}
