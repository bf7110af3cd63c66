using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Slipway.Clients.Http;

/// <summary>
/// Retries idempotent requests on connection failures, 5xx, 408, 429 and rate-limited 403s with exponential backoff
/// and jitter, honouring <c>Retry-After</c> and an exhausted rate limit's reset time, up to
/// <see cref="RetryOptions.MaxDelay"/>; a longer demand is handed back at once. 401, and 403 without a rate-limit
/// sign (<c>Retry-After</c>, or no requests left), are never retried: a wrong credential does not get better by
/// waiting. Requests whose content cannot be replayed (a streamed body) are sent once. Octokit has no retry of its
/// own, so the GitHub clients run over this handler too.
/// </summary>
public sealed class RetryHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the handler over <paramref name="inner"/> (a <see cref="SocketsHttpHandler"/> when null).</summary>
    public RetryHandler(RetryOptions? options = null, HttpMessageHandler? inner = null)
        : base(inner ?? new SocketsHttpHandler())
    {
        Options = options ?? RetryOptions.Default;
        _pipeline = BuildPipeline(Options);
    }

    /// <summary>The bounds in force.</summary>
    public RetryOptions Options { get; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsReplayable(request))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(RequestKey, request);
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, self) =>
                {
                    var req = ctx.Properties.GetValue(RequestKey, null!);
                    try
                    {
                        return Outcome.FromResult(await self.SendOnceAsync(req, ctx.CancellationToken));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                this);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        catch (TimeoutRejectedException ex)
        {
            throw new HttpRequestException(
                $"{request.Method} {request.RequestUri} did not answer within {Options.TotalTimeout.TotalSeconds:0.#} s over {Options.MaxRetries + 1} attempts.",
                ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("slipway.request");

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private static bool IsReplayable(HttpRequestMessage request) =>
        request.Content is null or ByteArrayContent;

    private static bool IsTransient(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || IsRateLimited(response);

    /// <summary>
    /// A 403 or 429 that is a rate limit rather than a refusal: it carries <c>Retry-After</c> (GitHub's secondary
    /// limits) or reports no requests left (primary limits).
    /// </summary>
    public static bool IsRateLimited(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
            && (response.Headers.RetryAfter is not null || RateLimitState.From(response).Exhausted);
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(RetryOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && args.Outcome switch
                {
                    { Exception: HttpRequestException or IOException or TimeoutRejectedException } => true,
                    { Result: { } response } => IsTransient(response) && RetryAfter(response) <= options.MaxDelay,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r && RetryAfter(r) is { } wait && wait > TimeSpan.Zero ? wait : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var what = args.Outcome.Exception?.Message ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}";
                    args.Outcome.Result?.Dispose();
                    options.OnRetry?.Invoke(args.AttemptNumber + 1, args.RetryDelay, what);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

    /// <summary>
    /// The server's demanded wait, from <c>Retry-After</c> (seconds or a date), else from an exhausted rate limit's
    /// reset time (<see cref="RateLimitState"/>) plus a second, as the reset has whole-second precision; zero when
    /// absent. Without the second source a 429 whose limit resets in an hour was retried at once, uselessly, instead
    /// of being handed back to the caller.
    /// </summary>
    public static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            return Until(date);
        }

        return RateLimitState.From(response) is { Exhausted: true, Reset: { } reset } ? Until(reset) + TimeSpan.FromSeconds(1) : TimeSpan.Zero;
    }

    private static TimeSpan Until(DateTimeOffset date)
    {
        var wait = date - DateTimeOffset.UtcNow;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
