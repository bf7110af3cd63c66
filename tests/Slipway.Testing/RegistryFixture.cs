using Xunit;

namespace Slipway.Testing;

/// <summary>xunit fixture with one registry of each flavour for a whole test assembly.</summary>
public sealed class RegistryFixture : IAsyncLifetime
{
    private LocalRegistry? _open;
    private LocalRegistry? _basic;
    private LocalRegistry? _token;

    /// <summary>No authentication.</summary>
    public LocalRegistry Open => _open ?? throw NotReady();

    /// <summary>htpasswd Basic auth (<see cref="LocalRegistry.Username"/> / <see cref="LocalRegistry.Password"/>).</summary>
    public LocalRegistry Basic => _basic ?? throw NotReady();

    /// <summary>Token auth through <see cref="LocalRegistry.TokenServer"/>, same credentials.</summary>
    public LocalRegistry Token => _token ?? throw NotReady();

    public async Task InitializeAsync()
    {
        // The open registry is shared across test assemblies when the CI script started one (start-registry.sh).
        var shared = Environment.GetEnvironmentVariable("SLIPWAY_TEST_REGISTRY");
        var started = await Task.WhenAll(
            string.IsNullOrEmpty(shared) ? LocalRegistry.StartAsync(RegistryAuthMode.Open) : Task.FromResult(LocalRegistry.Attach(shared)),
            LocalRegistry.StartAsync(RegistryAuthMode.Basic),
            LocalRegistry.StartAsync(RegistryAuthMode.Token));
        (_open, _basic, _token) = (started[0], started[1], started[2]);
    }

    public async Task DisposeAsync()
    {
        foreach (var registry in new[] { _open, _basic, _token })
        {
            if (registry is not null)
            {
                await registry.DisposeAsync();
            }
        }
    }

    private static InvalidOperationException NotReady() => new("The registry fixture is not initialized.");
}
