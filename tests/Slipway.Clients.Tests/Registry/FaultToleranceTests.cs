using System.Diagnostics;
using System.Net;
using Slipway.Clients.Http;
using Slipway.Clients.Registry;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Registry;

[Collection(TestCollections.Docker)]
public sealed class FaultToleranceTests(RegistryFixture registries)
{
    private static readonly RetryOptions Fast = new()
    {
        MaxRetries = 4,
        BaseDelay = TimeSpan.FromMilliseconds(50),
        MaxDelay = TimeSpan.FromSeconds(3),
        AttemptTimeout = TimeSpan.FromSeconds(1),
        TotalTimeout = TimeSpan.FromSeconds(15),
    };

    private static RegistryClient Client(FaultProxy proxy, RegistryCredentials? credentials = null) =>
        new(proxy.Host, new RegistryClientOptions { Retry = Fast, Credentials = credentials, UseDockerConfig = false });

    [Fact]
    public async Task Survives_a_run_of_503s()
    {
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.ServiceUnavailable, Fault.ServiceUnavailable, Fault.ServiceUnavailable);
        using var client = Client(proxy);

        Assert.Null(await client.HeadManifestAsync("slipway/faults", "missing"));
        Assert.Equal(["503", "503", "503", null], proxy.Requests.Select(r => r.Fault));
    }

    [Fact]
    public async Task Waits_for_Retry_After_on_429()
    {
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.TooManyRequests(TimeSpan.FromSeconds(1)));
        using var client = Client(proxy);
        var clock = Stopwatch.StartNew();

        await client.PingAsync();

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, proxy.Requests.Count);
    }

    [Fact]
    public async Task Retry_After_longer_than_the_maximum_delay_fails_at_once()
    {
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.TooManyRequests(TimeSpan.FromSeconds(30)));
        using var client = Client(proxy);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.PingAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Single(proxy.Requests);
    }

    [Fact]
    public async Task Survives_a_connection_reset()
    {
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.ConnectionReset);
        using var client = Client(proxy);

        Assert.Null(await client.HeadManifestAsync("slipway/faults", "missing"));
        Assert.Equal(["reset", null], proxy.Requests.Select(r => r.Fault));
    }

    [Fact]
    public async Task A_stalled_response_is_abandoned_and_retried_within_bounded_time()
    {
        var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.Slow(TimeSpan.FromSeconds(20)));
        using var client = Client(proxy);
        var clock = Stopwatch.StartNew();

        Assert.Null(await client.HeadManifestAsync("slipway/faults", "missing"));
        await proxy.DisposeAsync(); // Within the bound too: the stalled answer ended when the client gave up on it.

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(2, proxy.Requests.Count);
    }

    [Fact]
    public async Task Gives_up_after_the_retry_budget_with_the_last_status()
    {
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue([.. Enumerable.Repeat(Fault.ServiceUnavailable, 10)]);
        using var client = Client(proxy);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.HeadManifestAsync("slipway/faults", "x"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(Fast.MaxRetries + 1, proxy.Requests.Count);
    }

    [Fact]
    public async Task A_401_is_not_retried()
    {
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.Unauthorized, Fault.Unauthorized);
        using var client = Client(proxy, new RegistryCredentials("u", "p"));

        var ex = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.HeadManifestAsync("slipway/faults", "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal([false, true], proxy.Requests.Select(r => r.HadAuthorization));
    }

    [Fact]
    public async Task A_403_is_not_retried()
    {
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.WithStatus(403));
        using var client = Client(proxy);

        await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.HeadManifestAsync("slipway/faults", "x"));
        Assert.Single(proxy.Requests);
    }
}
