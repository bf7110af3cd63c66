using System.Net;
using System.Text.RegularExpressions;

namespace Slipway.Clients.Docker;

/// <summary>The Docker daemon refused a request; <see cref="DaemonMessage"/> is its message, verbatim.</summary>
public sealed partial class DockerApiException : Exception
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

    /// <summary>
    /// The status a registry answered the daemon with, when the daemon's message reports one (its registry client
    /// words it "received unexpected HTTP status: 500 Internal Server Error"); null otherwise.
    /// </summary>
    public int? RegistryStatus => RegistryStatusPattern().Match(DaemonMessage) is { Success: true } match ? int.Parse(match.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"unexpected HTTP status: (?<status>\d{3})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RegistryStatusPattern();
}
