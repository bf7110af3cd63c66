namespace Slipway.Clients.Http;

/// <summary>Bounds for <see cref="RetryHandler"/>: how often, how long between tries, and how long in all.</summary>
public sealed record RetryOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Base delay of the exponential backoff (jitter is added).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest single wait, including a server's <c>Retry-After</c>; a longer demand fails at once.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit for one attempt, so a stalled response becomes a retry instead of a hang.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit for all attempts together.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Called before each retry with the attempt number, the delay and what failed (for logging).</summary>
    public Action<int, TimeSpan, string>? OnRetry { get; init; }

    /// <summary>Defaults suited to registries and REST APIs.</summary>
    public static RetryOptions Default { get; } = new();
}
