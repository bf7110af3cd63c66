using System.Security.Authentication;

namespace Slipway.Clients.Docker;

/// <summary>No Docker daemon answered at the configured endpoint, or it answered but the TLS handshake failed.</summary>
public sealed class DockerUnreachableException : Exception
{
    /// <summary>Creates the exception for <paramref name="endpoint"/>.</summary>
    public DockerUnreachableException(DockerEndpoint endpoint, Exception inner)
        : base(Describe(endpoint, inner), inner)
    {
        Endpoint = endpoint;
    }

    /// <summary>The endpoint that did not answer.</summary>
    public DockerEndpoint Endpoint { get; }

    private static string Describe(DockerEndpoint endpoint, Exception inner) =>
        inner.GetBaseException() is AuthenticationException tls
            ? $"The Docker daemon at {endpoint} refused the TLS connection or was refused ({tls.Message}). Check that DOCKER_CERT_PATH "
              + $"({endpoint.CertPath ?? "unset"}) holds ca.pem, cert.pem and key.pem from the daemon's certificate authority, and that the daemon's certificate names the host in DOCKER_HOST."
            : $"Cannot reach the Docker daemon at {endpoint} ({inner.GetBaseException().Message}). "
              + "Start it (e.g. 'sudo systemctl start docker', or run 'dockerd' as root) or point DOCKER_HOST at a running daemon "
              + "(unix:///path/to/docker.sock or tcp://host:port).";
}
