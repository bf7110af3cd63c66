using System.Net;

namespace Slipway.Clients.Registry;

/// <summary>The registry (or its token service) refused the credentials; retrying will not help.</summary>
public sealed class RegistryAuthenticationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegistryAuthenticationException(string message, HttpStatusCode statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>401 or 403.</summary>
    public HttpStatusCode StatusCode { get; }
}
