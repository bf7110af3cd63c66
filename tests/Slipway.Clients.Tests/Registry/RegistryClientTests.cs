using System.Net;
using System.Text;
using Slipway.Clients.Registry;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Registry;

[Collection(TestCollections.Docker)]
public sealed class RegistryClientTests(DockerDaemonFixture docker, RegistryFixture registries)
{
    private static readonly RegistryCredentials Good = new(LocalRegistry.Username, LocalRegistry.Password);
    private static readonly RegistryCredentials Bad = new(LocalRegistry.Username, "wrong-password");

    private static RegistryClient Client(LocalRegistry registry, RegistryCredentials? credentials = null, string? dockerConfig = null) =>
        new(registry.Host, new RegistryClientOptions { Credentials = credentials, UseDockerConfig = dockerConfig is not null, DockerConfigPath = dockerConfig });

    [Fact]
    public async Task Ping_and_missing_tag_on_the_open_registry()
    {
        using var client = Client(registries.Open);
        Assert.Equal("http", client.BaseAddress.Scheme);
        await client.PingAsync();
        Assert.Null(await client.HeadManifestAsync("slipway/never-pushed", "nope"));
        Assert.Null(await client.GetManifestAsync("slipway/never-pushed", "nope"));
        Assert.Equal(3, client.RequestCount);
        Assert.True(client.BytesReceived > 0);
    }

    [Fact]
    public async Task Basic_auth_with_good_credentials_then_reuses_them_without_a_challenge()
    {
        using var client = Client(registries.Basic, Good);
        Assert.Null(await client.HeadManifestAsync("slipway/basic", "missing"));
        Assert.Equal(2, client.RequestCount); // anonymous 401, then with Basic
        Assert.Null(await client.HeadManifestAsync("slipway/basic", "missing-too"));
        Assert.Equal(3, client.RequestCount);
    }

    [Fact]
    public async Task Basic_auth_with_bad_credentials_fails_after_exactly_one_attempt()
    {
        using var client = Client(registries.Basic, Bad);
        var ex = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.HeadManifestAsync("slipway/basic", "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("slipway (explicit credentials)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("docker login", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, client.RequestCount);
    }

    [Fact]
    public async Task Basic_auth_without_credentials_says_how_to_provide_them()
    {
        using var client = Client(registries.Basic);
        var ex = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.PingAsync());
        Assert.Contains($"docker login {registries.Basic.Host}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, client.RequestCount);
    }

    [Fact]
    public async Task Credentials_come_from_the_docker_config_file()
    {
        using var dir = new TempDirectory();
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{LocalRegistry.Username}:{LocalRegistry.Password}"));
        var config = dir.Write("config.json", "{\"auths\":{\"other.example\":{\"auth\":\"eDp5\"},\"http://" + registries.Basic.Host + "\":{\"auth\":\"" + auth + "\"}}}");
        Assert.Equal(LocalRegistry.Username, RegistryCredentials.FromDockerConfig(registries.Basic.Host, config)!.Username);
        Assert.Null(RegistryCredentials.FromDockerConfig("127.0.0.1:1", config));

        using var client = Client(registries.Basic, dockerConfig: config);
        await client.PingAsync();

        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = dir.Path };
        Assert.Equal(config, RegistryCredentials.DefaultDockerConfigPath(env.GetValueOrDefault));
    }

    [Fact]
    public void Malformed_docker_config_names_the_file()
    {
        using var dir = new TempDirectory();
        var config = dir.Write("config.json", """{"auths":{"r.io":{"auth":"bm9jb2xvbg=="}}}""");
        var ex = Assert.Throws<FormatException>(() => RegistryCredentials.FromDockerConfig("r.io", config));
        Assert.Contains(config, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_auth_end_to_end_with_cached_token()
    {
        var tokens = registries.Token.TokenServer!;
        using var client = Client(registries.Token, Good);
        var before = tokens.Requests.Count;

        Assert.Null(await client.HeadManifestAsync("slipway/token", "missing"));
        Assert.Null(await client.HeadManifestAsync("slipway/token", "missing-2"));

        var issued = tokens.Requests.Skip(before).ToList();
        var request = Assert.Single(issued);
        Assert.Contains("scope=repository%3Aslipway%2Ftoken%3Apull", request.Target, StringComparison.Ordinal);
        Assert.Contains("service=slipway-test-registry", request.Target, StringComparison.Ordinal);
        Assert.StartsWith("Basic ", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(4, client.RequestCount); // 401, token, HEAD, HEAD with cached token
    }

    [Fact]
    public async Task Token_auth_with_bad_credentials_fails_after_one_token_request()
    {
        var tokens = registries.Token.TokenServer!;
        using var client = Client(registries.Token, Bad);
        var before = tokens.Requests.Count;
        var ex = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.HeadManifestAsync("slipway/token", "x"));
        Assert.Contains("Token service", ex.Message, StringComparison.Ordinal);
        Assert.Contains("slipway (explicit credentials)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, tokens.Requests.Count - before);
        Assert.Equal(2, client.RequestCount);
    }

    [Fact]
    public async Task Token_auth_anonymous_gets_a_token_without_access_and_is_refused()
    {
        using var client = Client(registries.Token);
        var ex = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.HeadManifestAsync("slipway/token", "x"));
        Assert.Contains("anonymous", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, client.RequestCount);
    }

    [Fact]
    public async Task Token_auth_ping_without_scope_is_accepted()
    {
        using var client = Client(registries.Token, Good);
        await client.PingAsync();
    }

    [Fact]
    public void Plain_http_to_a_non_loopback_host_is_refused_unless_insecure()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RegistryClient("http://registry.example.com"));
        Assert.Contains("registry.example.com", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Insecure", ex.Message, StringComparison.Ordinal);

        using var https = new RegistryClient("registry.example.com:5000");
        Assert.Equal(new Uri("https://registry.example.com:5000/"), https.BaseAddress);
        using var insecure = new RegistryClient("registry.example.com:5000", new RegistryClientOptions { Insecure = true });
        Assert.Equal("http", insecure.BaseAddress.Scheme);
        using var loopback = new RegistryClient("[::1]:5000");
        Assert.Equal("http", loopback.BaseAddress.Scheme);
        using var localhost = new RegistryClient("localhost:5000");
        Assert.Equal("http", localhost.BaseAddress.Scheme);
        Assert.True(RegistryClient.IsLoopback("127.8.9.10"));
        Assert.False(RegistryClient.IsLoopback("128.0.0.1"));
    }

    [Fact]
    public async Task Existing_manifest_head_returns_digest_with_one_request()
    {
        using var dockerClient = docker.CreateClient();
        var repository = $"{registries.Basic.Host}/slipway/exists";
        await dockerClient.TagImageAsync(docker.BaseImage, repository, "v1");
        var digest = await dockerClient.PushImageAsync(repository, "v1", Good);
        await dockerClient.RemoveImageAsync($"{repository}:v1");

        using var client = Client(registries.Basic, Good);
        await client.PingAsync();
        client.ResetCounters();
        var info = await client.HeadManifestAsync(ImageReference.Parse($"{repository}:v1"));
        Assert.Equal(digest, info!.Digest);
        Assert.Equal(1, client.RequestCount);
    }
}
