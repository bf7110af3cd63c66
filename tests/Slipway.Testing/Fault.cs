using System.Globalization;

namespace Slipway.Testing;

/// <summary>What the <see cref="FaultProxy"/> does to one request instead of (or before) forwarding it.</summary>
public sealed record Fault
{
    private Fault(string name)
    {
        Name = name;
    }

    /// <summary>Short description, recorded with the request.</summary>
    public string Name { get; }

    /// <summary>Status to answer with (0: forward).</summary>
    public int Status { get; private init; }

    /// <summary>Headers sent with <see cref="Status"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; private init; } = [];

    /// <summary>Wait before answering or forwarding (cut short when the client hangs up).</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>Reset the connection instead of answering.</summary>
    public bool Reset { get; private init; }

    /// <summary>The method a request must have for this fault to apply to it (null: any); others pass it by.</summary>
    public string? OnlyMethod { get; private init; }

    /// <summary>A part the request's path must contain for this fault to apply to it (null: any).</summary>
    public string? OnlyPathContaining { get; private init; }

    /// <summary>This fault, applied only to the first request with <paramref name="method"/> whose path contains <paramref name="pathPart"/>.</summary>
    public Fault Only(string method, string pathPart) => this with { OnlyMethod = method, OnlyPathContaining = pathPart };

    /// <summary>Whether this fault applies to a request.</summary>
    public bool AppliesTo(string method, string target) =>
        (OnlyMethod is null || string.Equals(OnlyMethod, method, StringComparison.Ordinal))
        && (OnlyPathContaining is null || target.Contains(OnlyPathContaining, StringComparison.Ordinal));

    /// <summary>503 Service Unavailable.</summary>
    public static Fault ServiceUnavailable { get; } = new("503") { Status = 503 };

    /// <summary>Close the connection with a TCP reset before answering.</summary>
    public static Fault ConnectionReset { get; } = new("reset") { Reset = true };

    /// <summary>401 with a Basic challenge.</summary>
    public static Fault Unauthorized { get; } = new("401") { Status = 401, Headers = [new("WWW-Authenticate", "Basic realm=\"fault-proxy\"")] };

    /// <summary>429 with <c>Retry-After</c> in whole seconds.</summary>
    public static Fault TooManyRequests(TimeSpan retryAfter) =>
        new("429") { Status = 429, Headers = [new("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture))] };

    /// <summary>Forward, but only after <paramref name="delay"/>; the wait ends early when the client hangs up or the proxy stops.</summary>
    public static Fault Slow(TimeSpan delay) => new("slow") { Delay = delay };

    /// <summary>Any status.</summary>
    public static Fault WithStatus(int status) => new(status.ToString(CultureInfo.InvariantCulture)) { Status = status };
}
