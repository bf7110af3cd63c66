using System.Diagnostics;
using System.Globalization;

namespace Slipway.Testing;

/// <summary>
/// Debian's <c>docker-registry</c> (distribution 2.x) on a free 127.0.0.1 port with filesystem storage in a temp
/// directory: open, htpasswd Basic auth, or token auth backed by a <see cref="TokenServer"/>. Stopped by PID on dispose.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    /// <summary>The user name accepted by the Basic and Token flavours.</summary>
    public const string Username = "slipway";

    /// <summary>That user's password.</summary>
    public const string Password = "s3cret-pass";

    private readonly TempDirectory? _dir;
    private readonly Process? _process;

    private LocalRegistry(TempDirectory? dir, Process? process, int port, RegistryAuthMode mode, TokenServer? tokenServer)
    {
        _dir = dir;
        _process = process;
        Port = port;
        Mode = mode;
        TokenServer = tokenServer;
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary><c>127.0.0.1:port</c>, the registry part of image references.</summary>
    public string Host => $"127.0.0.1:{Port}";

    /// <summary><c>http://127.0.0.1:port</c>.</summary>
    public Uri BaseAddress => new($"http://{Host}");

    /// <summary>The authentication flavour.</summary>
    public RegistryAuthMode Mode { get; }

    /// <summary>The token service (Token flavour only).</summary>
    public TokenServer? TokenServer { get; }

    /// <summary>The registry's log file (empty for an attached registry, whose log its starter keeps).</summary>
    public string LogPath => _dir?.Combine("registry.log") ?? "";

    /// <summary>
    /// An open registry someone else started and will stop (the CI script's shared one, <c>host:port</c>): disposing
    /// it leaves it running.
    /// </summary>
    public static LocalRegistry Attach(string host)
    {
        var port = int.Parse(host[(host.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
        return new LocalRegistry(dir: null, process: null, port, RegistryAuthMode.Open, tokenServer: null);
    }

    /// <summary>Starts a registry and waits until <c>/v2/</c> answers.</summary>
    /// <exception cref="InvalidOperationException">It did not start; the message holds its log.</exception>
    public static async Task<LocalRegistry> StartAsync(RegistryAuthMode mode = RegistryAuthMode.Open)
    {
        var dir = new TempDirectory("slipway-registry");
        TokenServer? tokens = null;
        string auth;
        switch (mode)
        {
            case RegistryAuthMode.Basic:
                File.WriteAllText(dir.Combine("htpasswd"), ExternalTool.Run("htpasswd", "-Bbn", Username, Password));
                auth = $"auth:\n  htpasswd:\n    realm: slipway-test\n    path: {dir.Combine("htpasswd")}\n";
                break;
            case RegistryAuthMode.Token:
                tokens = TokenServer.Start(dir.Path, Username, Password);
                auth = $"auth:\n  token:\n    realm: {tokens.Realm}\n    service: {TokenServer.Service}\n    issuer: {TokenServer.Issuer}\n    rootcertbundle: {dir.Combine(TokenServer.CertificateFileName)}\n";
                break;
            default:
                auth = "";
                break;
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = ExternalTool.FreePort();
            var config = dir.Combine("config.yml");
            File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $"""
                version: 0.1
                log:
                  level: info
                storage:
                  filesystem:
                    rootdirectory: {dir.Combine("data")}
                  delete:
                    enabled: true
                http:
                  addr: 127.0.0.1:{port}
                  secret: slipway-test-{Guid.NewGuid():N}
                {auth}
                """));
            var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add($"exec /usr/bin/docker-registry serve {config} > {dir.Combine("registry.log")} 2>&1");
            var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start docker-registry.");
            var registry = new LocalRegistry(dir, process, port, mode, tokens);
            if (await registry.WaitReadyAsync())
            {
                return registry;
            }

            var log = File.Exists(registry.LogPath) ? File.ReadAllText(registry.LogPath) : "(no log)";
            ExternalTool.Stop(process.Id, TimeSpan.FromSeconds(5));
            process.Dispose();
            if (attempt == 3)
            {
                if (tokens is not null)
                {
                    await tokens.DisposeAsync();
                }

                dir.Dispose();
                throw new InvalidOperationException($"docker-registry did not start on 127.0.0.1:{port} (is the docker-registry package installed?). Log:\n{log}");
            }
        }
    }

    private async Task<bool> WaitReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline && _process is { HasExited: false })
        {
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/v2/"));
                return true; // 200 or 401: it speaks the registry API
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            ExternalTool.Stop(_process.Id, TimeSpan.FromSeconds(5));
            _process.Dispose();
        }

        if (TokenServer is not null)
        {
            await TokenServer.DisposeAsync();
        }

        _dir?.Dispose();
    }
}
