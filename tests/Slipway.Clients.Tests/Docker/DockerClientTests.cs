using Slipway.Clients.Docker;
using Slipway.Clients.Registry;
using Slipway.Testing;
using Xunit;

namespace Slipway.Clients.Tests.Docker;

[Collection(TestCollections.Docker)]
public sealed class DockerClientTests(DockerDaemonFixture docker, RegistryFixture registries)
{
    [Fact]
    public async Task Negotiates_an_api_version_no_newer_than_the_client_supports()
    {
        using var client = docker.CreateClient();
        await client.PingAsync();
        var version = await client.GetApiVersionAsync();
        Assert.True(version <= DockerClient.MaxApiVersion);
        Assert.True(version >= new Version(1, 40));
    }

    [Fact]
    public async Task Builds_with_args_labels_and_target_stage_and_inspects_the_result()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", $"""
            FROM {docker.BaseImage} AS base
            ARG GREETING=unset
            RUN echo "$GREETING" > /greeting
            LABEL stage=base

            FROM base AS final
            LABEL stage=final
            """);
        dir.Write(".dockerignore", "secret.txt\n");
        dir.Write("secret.txt", "do not send");
        var lines = new List<string>();
        using var client = docker.CreateClient();

        var id = await client.BuildImageAsync(
            new ImageBuildOptions
            {
                ContextDirectory = dir.Path,
                Tags = ["slipway-test/build:base"],
                BuildArgs = new Dictionary<string, string> { ["GREETING"] = "hello-from-arg" },
                Labels = new Dictionary<string, string> { ["org.slipway.commit"] = "abc123" },
                Target = "base",
            },
            new SyncProgress(lines));

        Assert.StartsWith("sha256:", id, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Step ", StringComparison.Ordinal));
        var image = await client.InspectImageAsync("slipway-test/build:base");
        Assert.NotNull(image);
        Assert.Equal(id, image.Id);
        Assert.Equal("base", image.Labels["stage"]);
        Assert.Equal("abc123", image.Labels["org.slipway.commit"]);
        Assert.Contains("slipway-test/build:base", image.RepoTags);
        Assert.True(image.Size > 0);

        var run = await client.RunAsync("slipway-test/build:base", ["cat", "/greeting"]);
        Assert.Equal("hello-from-arg\n", run.Output.StandardOutput);
        Assert.True(await client.RemoveImageAsync("slipway-test/build:base", force: true));
        Assert.Null(await client.InspectImageAsync("slipway-test/build:base"));
    }

    [Fact]
    public async Task Failing_build_throws_with_the_daemon_message_verbatim()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", $"FROM {docker.BaseImage}\nRUN echo about to fail && exit 7\n");
        using var client = docker.CreateClient();

        var ex = await Assert.ThrowsAsync<DockerApiException>(() => client.BuildImageAsync(new ImageBuildOptions { ContextDirectory = dir.Path }));
        Assert.Equal("The command '/bin/sh -c echo about to fail && exit 7' returned a non-zero code: 7", ex.DaemonMessage);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task Unknown_base_image_error_comes_back_with_the_status_code_or_stream_message()
    {
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", "FROM 127.0.0.1:1/nothing/here:latest\n");
        using var client = docker.CreateClient();

        var ex = await Assert.ThrowsAsync<DockerApiException>(() => client.BuildImageAsync(new ImageBuildOptions { ContextDirectory = dir.Path }));
        Assert.Contains("127.0.0.1:1", ex.DaemonMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_a_container_and_demultiplexes_its_output_and_exit_code()
    {
        using var client = docker.CreateClient();
        var result = await client.RunAsync(docker.BaseImage, ["sh", "-c", "echo out1; echo err1 >&2; echo out2; exit 3"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("out1\nout2\n", result.Output.StandardOutput);
        Assert.Equal("err1\n", result.Output.StandardError);
        Assert.Equal(["err1", "out1", "out2"], result.Output.Combined.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Container_errors_carry_the_daemon_message_and_status()
    {
        using var client = docker.CreateClient();
        var ex = await Assert.ThrowsAsync<DockerApiException>(() => client.RunAsync("slipway-test/does-not-exist:1", ["true"]));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Contains("slipway-test/does-not-exist", ex.DaemonMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pushes_to_the_open_registry_and_the_digest_matches_a_HEAD()
    {
        var repository = $"{registries.Open.Host}/slipway/push-test";
        using var client = docker.CreateClient();
        await client.TagImageAsync(docker.BaseImage, repository, "v1");
        var lines = new List<string>();

        var digest = await client.PushImageAsync(repository, "v1", progress: new SyncProgress(lines));

        Assert.StartsWith("sha256:", digest, StringComparison.Ordinal);
        Assert.NotEmpty(lines);
        using var registry = new RegistryClient(registries.Open.Host, new RegistryClientOptions { UseDockerConfig = false });
        var manifest = await registry.HeadManifestAsync("slipway/push-test", "v1");
        Assert.NotNull(manifest);
        Assert.Equal(digest, manifest.Digest);
        Assert.Equal(ManifestMediaTypes.DockerManifest, manifest.MediaType);
        Assert.Equal(1, registry.RequestCount);
        var byDigest = await registry.GetManifestAsync("slipway/push-test", digest);
        Assert.Equal(manifest.Size, byDigest!.Info.Size);
        Assert.Contains("layers", byDigest.Json, StringComparison.Ordinal);
        await client.RemoveImageAsync($"{repository}:v1");
    }

    [Fact]
    public async Task Pushes_through_token_auth_with_credentials()
    {
        var repository = $"{registries.Token.Host}/slipway/token-push";
        using var client = docker.CreateClient();
        await client.TagImageAsync(docker.BaseImage, repository, "v1");
        var credentials = new RegistryCredentials(LocalRegistry.Username, LocalRegistry.Password);

        var digest = await client.PushImageAsync(repository, "v1", credentials);

        using var registry = new RegistryClient(registries.Token.Host, new RegistryClientOptions { Credentials = credentials });
        Assert.Equal(digest, (await registry.HeadManifestAsync("slipway/token-push", "v1"))?.Digest);
        await client.RemoveImageAsync($"{repository}:v1");
    }

    [Fact]
    public async Task Push_without_credentials_to_an_auth_registry_fails_with_the_daemon_message()
    {
        var repository = $"{registries.Basic.Host}/slipway/denied";
        using var client = docker.CreateClient();
        await client.TagImageAsync(docker.BaseImage, repository, "v1");
        try
        {
            var ex = await Assert.ThrowsAsync<DockerApiException>(() => client.PushImageAsync(repository, "v1"));
            Assert.Contains("no basic auth credentials", ex.DaemonMessage, StringComparison.Ordinal);
        }
        finally
        {
            await client.RemoveImageAsync($"{repository}:v1");
        }
    }

    /// <summary>Progress that records synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
