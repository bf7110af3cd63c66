using Slipway.Clients.Docker;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Docker;

/// <summary>The real daemon over TCP with mutual TLS (<see cref="TlsDaemonProxy"/>), configured the docker CLI's way.</summary>
[Collection(TestCollections.Docker)]
public sealed class DockerTlsTests(DockerDaemonFixture docker)
{
    [Fact]
    public async Task Tls_verify_from_the_environment_reaches_the_daemon_with_the_client_certificate()
    {
        using var certificates = new TlsCertificates("127.0.0.1");
        await using var proxy = new TlsDaemonProxy(docker.DockerHost, certificates);
        using var client = new DockerClient(DockerEndpoint.FromEnvironment(Environment(proxy.DockerHost, certificates.Directory, verify: true).GetValueOrDefault));

        var version = await client.GetApiVersionAsync();
        var image = await client.InspectImageAsync(docker.BaseImage);

        Assert.True(version >= new Version(1, 40));
        Assert.NotNull(image);
        Assert.Contains("CN=slipway-test-client", proxy.Clients);
    }

    [Fact]
    public async Task A_daemon_certificate_for_another_host_name_is_refused()
    {
        using var certificates = new TlsCertificates("docker.internal");
        await using var proxy = new TlsDaemonProxy(docker.DockerHost, certificates);
        using var client = new DockerClient(DockerEndpoint.FromEnvironment(Environment(proxy.DockerHost, certificates.Directory, verify: true).GetValueOrDefault));

        var ex = await Assert.ThrowsAsync<DockerUnreachableException>(() => client.PingAsync());

        Assert.StartsWith($"The Docker daemon at {proxy.DockerHost} refused the TLS connection or was refused", ex.Message, StringComparison.Ordinal);
        Assert.Contains("names the host in DOCKER_HOST", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_daemon_certificate_from_another_authority_is_refused()
    {
        using var daemonSide = new TlsCertificates("127.0.0.1");
        using var clientSide = new TlsCertificates("127.0.0.1");
        await using var proxy = new TlsDaemonProxy(docker.DockerHost, daemonSide);
        using var client = new DockerClient(DockerEndpoint.FromEnvironment(Environment(proxy.DockerHost, clientSide.Directory, verify: true).GetValueOrDefault));

        var ex = await Assert.ThrowsAsync<DockerUnreachableException>(() => client.PingAsync());

        Assert.Contains(clientSide.Directory, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_path_without_verify_encrypts_but_accepts_any_daemon_certificate()
    {
        using var daemonSide = new TlsCertificates("docker.internal");
        await using var proxy = new TlsDaemonProxy(docker.DockerHost, daemonSide);
        // The client certificate must still come from the daemon's authority, as the daemon checks it.
        using var client = new DockerClient(DockerEndpoint.FromEnvironment(Environment(proxy.DockerHost, daemonSide.Directory, verify: false).GetValueOrDefault));

        await client.PingAsync();

        Assert.Contains("CN=slipway-test-client", proxy.Clients);
    }

    private static Dictionary<string, string> Environment(string host, string certPath, bool verify)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOCKER_HOST"] = host, ["DOCKER_CERT_PATH"] = certPath };
        if (verify)
        {
            env["DOCKER_TLS_VERIFY"] = "1";
        }

        return env;
    }
}
