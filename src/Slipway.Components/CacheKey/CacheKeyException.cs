namespace Slipway.Components.CacheKey;

/// <summary>The cache key could not be computed (a required input is missing or unreadable, or a name is unusable).</summary>
public sealed class CacheKeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CacheKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public CacheKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
