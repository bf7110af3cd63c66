using System.Net;

namespace Slipway.Clients.Docker;

/// <summary>The Docker daemon refused a request; <see cref="DaemonMessage"/> is its message, verbatim.</summary>
public sealed class DockerApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DockerApiException(string operation, HttpStatusCode? statusCode, string daemonMessage)
        : base(statusCode is { } code
            ? $"{operation} failed: Docker daemon answered {(int)code} {code}: {daemonMessage}"
            : $"{operation} failed: {daemonMessage}")
    {
        Operation = operation;
        StatusCode = statusCode;
        DaemonMessage = daemonMessage;
    }

    /// <summary>What was being done, e.g. <c>build image</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status, or null when the error came inside a streamed (200) response.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The daemon's own message.</summary>
    public string DaemonMessage { get; }
}
