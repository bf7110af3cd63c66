using Slipway.Clients.Docker;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Docker;

public sealed class DockerEndpointTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Without_DOCKER_HOST_or_a_context_the_standard_unix_socket_is_used(string? host)
    {
        using var emptyConfig = new TempDirectory();
        var env = new Dictionary<string, string?> { ["DOCKER_HOST"] = host, ["DOCKER_CONFIG"] = emptyConfig.Path };

        var endpoint = DockerEndpoint.FromEnvironment(env.GetValueOrDefault);

        Assert.Equal("/var/run/docker.sock", endpoint.SocketPath);
        Assert.Null(endpoint.TcpAddress);
        Assert.False(endpoint.UseTls);
    }

    [Fact]
    public void Unix_socket_path_is_taken_from_DOCKER_HOST()
    {
        var endpoint = DockerEndpoint.FromEnvironment(name => name == "DOCKER_HOST" ? "unix:///tmp/x/docker.sock" : null);
        Assert.Equal("/tmp/x/docker.sock", endpoint.SocketPath);
    }

    [Fact]
    public void Tcp_without_tls_is_plain_http()
    {
        var endpoint = DockerEndpoint.Parse("tcp://127.0.0.1:2375");
        Assert.Equal(new Uri("http://127.0.0.1:2375/"), endpoint.TcpAddress);
        Assert.Null(endpoint.SocketPath);
        Assert.False(endpoint.UseTls);
    }

    [Fact]
    public void Tcp_without_port_gets_the_conventional_port()
    {
        Assert.Equal(2375, DockerEndpoint.Parse("tcp://docker.internal").TcpAddress!.Port);
        Assert.Equal(2376, DockerEndpoint.Parse("tcp://docker.internal", verifyTls: true, certPath: "/certs").TcpAddress!.Port);
    }

    [Fact]
    public void Tls_environment_switches_to_https_with_the_certificate_directory()
    {
        using var certificates = new TlsCertificates("127.0.0.1");
        var env = new Dictionary<string, string>
        {
            ["DOCKER_HOST"] = "tcp://127.0.0.1:2376",
            ["DOCKER_TLS_VERIFY"] = "1",
            ["DOCKER_CERT_PATH"] = certificates.Directory,
        };

        var endpoint = DockerEndpoint.FromEnvironment(env.GetValueOrDefault);

        Assert.True(endpoint.UseTls);
        Assert.True(endpoint.VerifyTls);
        Assert.Equal(certificates.Directory, endpoint.CertPath);
        Assert.Equal("https", endpoint.TcpAddress!.Scheme);
        Assert.True(endpoint.CreateAuthProvider()!.TlsEnabled);
    }

    [Fact]
    public void Without_DOCKER_HOST_the_current_docker_context_names_the_daemon()
    {
        using var config = new TempDirectory();
        var meta = config.Combine("contexts", "meta", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("ci-runner"u8)));
        Directory.CreateDirectory(meta);
        File.WriteAllText(Path.Combine(meta, "meta.json"), """{"Name":"ci-runner","Metadata":{},"Endpoints":{"docker":{"Host":"unix:///run/user/1000/docker.sock","SkipTLSVerify":false}}}""");
        File.WriteAllText(config.Combine("config.json"), """{"auths":{},"currentContext":"ci-runner"}""");

        var endpoint = DockerEndpoint.FromEnvironment(name => name == "DOCKER_CONFIG" ? config.Path : null);

        Assert.Equal("/run/user/1000/docker.sock", endpoint.SocketPath);
    }

    [Fact]
    public void A_missing_docker_context_is_named_with_what_to_do()
    {
        using var config = new TempDirectory();
        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = config.Path, ["DOCKER_CONTEXT"] = "gone" };

        var ex = Assert.Throws<ArgumentException>(() => DockerEndpoint.FromEnvironment(env.GetValueOrDefault));

        Assert.Contains("'gone' does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DOCKER_HOST", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tls_verify_without_a_ca_file_says_which_file_is_missing()
    {
        using var dir = new TempDirectory();
        var endpoint = DockerEndpoint.Parse("tcp://127.0.0.1:2376", verifyTls: true, certPath: dir.Path);
        var ex = Assert.Throws<FileNotFoundException>(() => endpoint.CreateAuthProvider());
        Assert.Contains("ca.pem", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("npipe:////./pipe/docker_engine")]
    [InlineData("127.0.0.1:2375")]
    [InlineData("unix://relative.sock")]
    [InlineData("tcp://")]
    [InlineData("tcp://host:2375/path")]
    public void Malformed_values_name_the_value_and_the_accepted_forms(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => DockerEndpoint.Parse(value));
        Assert.Contains($"'{value}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unix:///path/to/docker.sock and tcp://host:port", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_daemon_names_the_endpoint_and_what_to_do()
    {
        using var client = new DockerClient(DockerEndpoint.Parse("unix:///tmp/slipway-no-such-daemon.sock"));
        var ex = await Assert.ThrowsAsync<DockerUnreachableException>(() => client.PingAsync());
        Assert.Contains("unix:///tmp/slipway-no-such-daemon.sock", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DOCKER_HOST", ex.Message, StringComparison.Ordinal);
        Assert.Contains("dockerd", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_tcp_daemon_is_reported_the_same_way()
    {
        using var client = new DockerClient(DockerEndpoint.Parse($"tcp://127.0.0.1:{ExternalTool.FreePort()}"));
        var ex = await Assert.ThrowsAsync<DockerUnreachableException>(() => client.InspectImageAsync("x"));
        Assert.StartsWith("Cannot reach the Docker daemon at tcp://127.0.0.1:", ex.Message, StringComparison.Ordinal);
    }
}
