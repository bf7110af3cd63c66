using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Slipway.Clients.Http;
using Slipway.Clients.Registry;
using Slipway.Components.CiImage;
using Xunit;

namespace Slipway.Components.Tests.CiImage;

[Collection(TestCollections.Docker)]
public sealed class BuildCiImageTests(DockerDaemonFixture docker, RegistryFixture registries) : IDisposable
{
    private const string NoDaemon = "unix:///tmp/slipway-no-daemon-here.sock";
    private const string Smoke = "cat /ci-marker; sh -c 'echo smoke-ok'";
    private readonly List<InProcessBuild> _repos = [];

    public void Dispose()
    {
        foreach (var repo in _repos)
        {
            repo.Dispose();
        }
    }

    [Fact]
    public async Task Builds_smoke_tests_pushes_and_labels_then_an_unchanged_run_costs_one_HEAD_and_no_daemon()
    {
        var repo = NewRepo();
        Git(repo, "init", "-q");
        Git(repo, "remote", "add", "origin", "https://git.example.test/team/demo.git");
        Git(repo, "add", "-A");
        Git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.test", "commit", "-q", "-m", "initial");
        var image = $"{registries.Open.Host}/{NewRepository()}";

        var (exit, output) = await RunAsync(repo, image);

        Assert.True(exit == 0, output);
        Assert.Contains("is not in the registry: building it", output, StringComparison.Ordinal);
        Assert.Contains("smoke-ok", output, StringComparison.Ordinal);
        Assert.Contains("ci-image", output, StringComparison.Ordinal); // the marker file's content, shown by the smoke test
        var tag = ExpectedTag(repo);
        Assert.Equal($"CI_IMAGE={image}:{tag}\n", repo.Read(".nuke/temp/ci-image.env"));
        var pushed = await HeadAsync(registries.Open.Host, image, tag);
        Assert.NotNull(pushed);
        Assert.Contains($"Pushed {image}:{tag} ({pushed.Digest})", output, StringComparison.Ordinal);

        using var client = docker.CreateClient();
        var inspected = await client.InspectImageAsync($"{image}:{tag}");
        Assert.NotNull(inspected);
        Assert.Equal(tag, inspected.Labels[ImageSourceLabels.Version]);
        Assert.Equal(Git(repo, "rev-parse", "HEAD"), inspected.Labels[ImageSourceLabels.Revision]);
        Assert.Equal("2026-01-02T03:04:05Z", inspected.Labels[ImageSourceLabels.Created]);
        Assert.Equal("https://git.example.test/team/demo.git", inspected.Labels[ImageSourceLabels.Source]);

        // Same inputs, same registry (through a counting proxy), and no daemon at all: one HEAD, nothing built.
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        var proxied = image.Replace(registries.Open.Host, proxy.Host, StringComparison.Ordinal);
        var (again, secondOutput) = await RunAsync(repo, proxied, "--docker-host", NoDaemon);

        Assert.True(again == 0, secondOutput);
        var request = Assert.Single(proxy.Requests);
        Assert.Equal(("HEAD", $"/v2/{image[(registries.Open.Host.Length + 1)..]}/manifests/{tag}"), (request.Method, request.Target));
        Assert.Contains($"{proxied}:{tag} exists ({pushed.Digest}); nothing to build", secondOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("building", secondOutput, StringComparison.Ordinal);
        Assert.Equal($"CI_IMAGE={proxied}:{tag}\n", repo.Read(".nuke/temp/ci-image.env"));
    }

    [Fact]
    public async Task A_changed_Dockerfile_gives_a_new_tag_and_a_new_build()
    {
        var repo = NewRepo();
        var image = $"{registries.Open.Host}/{NewRepository()}";
        Assert.Equal(0, (await RunAsync(repo, image)).ExitCode);
        var first = repo.Read(".nuke/temp/ci-image.env");

        File.AppendAllText(Path.Combine(repo.Root, "Dockerfile.ci"), "LABEL changed=yes\n");
        var (exit, output) = await RunAsync(repo, image);

        Assert.True(exit == 0, output);
        var second = repo.Read(".nuke/temp/ci-image.env");
        Assert.NotEqual(first, second);
        Assert.Equal($"CI_IMAGE={image}:{ExpectedTag(repo)}\n", second);
        Assert.Contains("building it", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_auth_registry_accepts_good_credentials_and_bad_ones_fail_at_once_naming_them()
    {
        var repo = NewRepo();
        var repository = NewRepository();
        var (exit, output) = await RunAsync(repo, $"{registries.Basic.Host}/{repository}", "--registry-username", LocalRegistry.Username, "--registry-password", LocalRegistry.Password);
        Assert.True(exit == 0, output);
        Assert.NotNull(await HeadAsync(registries.Basic.Host, $"{registries.Basic.Host}/{repository}", ExpectedTag(repo), new RegistryCredentials(LocalRegistry.Username, LocalRegistry.Password)));

        await using var proxy = new FaultProxy(registries.Basic.BaseAddress);
        var clock = Stopwatch.StartNew();
        (exit, output) = await RunAsync(repo, $"{proxy.Host}/{repository}", "--registry-username", LocalRegistry.Username, "--registry-password", "not-the-pass-42");

        Assert.Equal(1, exit);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal([false, true], proxy.Requests.Select(r => r.HadAuthorization)); // anonymous, then Basic once: no retries
        Assert.Contains("Registry authentication failed", output, StringComparison.Ordinal);
        Assert.Contains("slipway (--registry-username/--registry-password)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-pass-42", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_auth_registry_works_with_credentials_from_the_Docker_config_file()
    {
        var repo = NewRepo();
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{LocalRegistry.Username}:{LocalRegistry.Password}"));
        repo.Write("docker-config/config.json", JsonSerializer.Serialize(new { auths = new Dictionary<string, object> { [registries.Token.Host] = new { auth } } }));
        var image = $"{registries.Token.Host}/{NewRepository()}";
        var tokensBefore = registries.Token.TokenServer!.Requests.Count;

        var (exit, output) = await RunAsync(repo, image);

        Assert.True(exit == 0, output);
        Assert.True(registries.Token.TokenServer.Requests.Count > tokensBefore);
        Assert.NotNull(await HeadAsync(registries.Token.Host, image, ExpectedTag(repo), new RegistryCredentials(LocalRegistry.Username, LocalRegistry.Password)));
    }

    [Fact]
    public async Task Survives_503_429_reset_and_a_stalled_answer_within_bounded_time()
    {
        var repo = NewRepo();
        var repository = NewRepository();
        Assert.Equal(0, (await RunAsync(repo, $"{registries.Open.Host}/{repository}")).ExitCode);
        var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.ServiceUnavailable, Fault.TooManyRequests(TimeSpan.FromSeconds(1)), Fault.ConnectionReset, Fault.Slow(TimeSpan.FromSeconds(20)));
        var clock = Stopwatch.StartNew();

        var (exit, output) = await RunAsync(repo, $"{proxy.Host}/{repository}", "--docker-host", NoDaemon);
        await proxy.DisposeAsync(); // Within the bound too: the stalled answer ended when the build gave up on it.

        Assert.True(exit == 0, output);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Equal(["503", "429", "reset", "slow", null], proxy.Requests.Select(r => r.Fault));
        Assert.Contains("nothing to build", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_is_not_retried_and_says_which_credentials_are_missing()
    {
        var repo = NewRepo();
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.Unauthorized);

        var (exit, output) = await RunAsync(repo, $"{proxy.Host}/{NewRepository()}", "--docker-host", NoDaemon);

        Assert.Equal(1, exit);
        Assert.Single(proxy.Requests);
        Assert.Contains("No credentials were given: pass --registry-username and --registry-password", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eight_concurrent_runs_all_succeed_and_the_tag_resolves_to_a_valid_manifest()
    {
        var repos = Enumerable.Range(0, 8).Select(_ => NewRepo()).ToList();
        var image = $"{registries.Open.Host}/{NewRepository()}";

        var results = await Task.WhenAll(repos.Select(r => RunAsync(r, image)));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output));
        var tag = ExpectedTag(repos[0]);
        Assert.All(repos, r => Assert.Equal($"CI_IMAGE={image}:{tag}\n", r.Read(".nuke/temp/ci-image.env")));
        using var registry = new RegistryClient(registries.Open.Host, new RegistryClientOptions { UseDockerConfig = false });
        var manifest = await registry.GetManifestAsync(image[(registries.Open.Host.Length + 1)..], tag);
        Assert.NotNull(manifest);
        using var document = JsonDocument.Parse(manifest.Json);
        Assert.Equal(2, document.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.True(document.RootElement.GetProperty("layers").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_push_the_registry_fails_with_a_500_is_pushed_again()
    {
        // The reference registry answers 500 ("invalid checksum digest format") when concurrent pushes of the same
        // image race. The daemon retries a layer upload itself, but not the image's config blob or its manifest: it
        // reports those inside the push stream as "received unexpected HTTP status".
        var repo = NewRepo();
        var repository = NewRepository();
        await using var proxy = new FaultProxy(registries.Open.BaseAddress);
        proxy.Enqueue(Fault.WithStatus(500).Only("PUT", "/manifests/"));

        var (exit, output) = await RunAsync(repo, $"{proxy.Host}/{repository}");

        Assert.True(exit == 0, output);
        Assert.Equal("500", Assert.Single(proxy.Requests, r => r.Fault is not null).Fault);
        Assert.True(output.Contains("received unexpected HTTP status: 500", StringComparison.Ordinal), output);
        Assert.Contains("pushing again in 1 s (retry 1 of 3)", output, StringComparison.Ordinal);
        Assert.NotNull(await HeadAsync(registries.Open.Host, $"{registries.Open.Host}/{repository}", ExpectedTag(repo)));
    }

    [Theory]
    [InlineData("--ci-smoke-commands|sh -c 'echo broken-tool >&2; exit 3'", "Smoke test 'sh -c 'echo broken-tool >&2; exit 3'' exited with 3 inside the new CI image; nothing was pushed. Output:\nbroken-tool")]
    [InlineData("--ci-smoke-commands|go version", "Smoke test 'go version' could not run inside the new CI image")]
    [InlineData("--ci-image-max-size|10KB", "over the --ci-image-max-size limit of 10 kB (10000 bytes)")]
    public async Task A_failing_smoke_test_or_an_oversized_image_fails_and_pushes_nothing(string extra, string message)
    {
        var repo = NewRepo();
        var image = $"{registries.Open.Host}/{NewRepository()}";

        var (exit, output) = await RunAsync(repo, image, extra.Split('|'));

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Null(await HeadAsync(registries.Open.Host, image, ExpectedTag(repo)));
        Assert.False(File.Exists(Path.Combine(repo.Root, ".nuke/temp/ci-image.env")));
    }

    [Theory]
    [InlineData("--ci-dockerfile|ci/Missing.Dockerfile", 1, "The CI image's Dockerfile 'ci/Missing.Dockerfile' does not exist")]
    [InlineData("--ci-image|127.0.0.1:5000/Team/CI", 1, "--ci-image '127.0.0.1:5000/Team/CI' is not a valid image reference: repository component 'Team'")]
    [InlineData("--ci-image|team/ci", 1, "--ci-image 'team/ci' does not name a registry host")]
    [InlineData("--ci-image|", 2, "requires parameter --ci-image")]
    [InlineData("--docker-host|" + NoDaemon, 1, "Cannot reach the Docker daemon at " + NoDaemon)]
    [InlineData("--docker-host|ftp://nowhere", 1, "--docker-host: DOCKER_HOST value 'ftp://nowhere' is not valid")]
    [InlineData("--ci-image-max-size|lots", 1, "'lots' is not a size")]
    [InlineData("--ci-build-args|BASE", 1, "--ci-build-args item 'BASE' is not KEY=VALUE")]
    [InlineData("--registry-username|someone", 1, "--registry-username and --registry-password go together")]
    public async Task Bad_input_fails_with_a_clear_message(string extra, int expectedExit, string message)
    {
        var repo = NewRepo();
        var image = $"{registries.Open.Host}/{NewRepository()}";
        var args = extra.Split('|');
        if (args is ["--ci-image", var value])
        {
            image = value;
            args = [];
        }

        var (exit, output) = await RunAsync(repo, image, args);

        Assert.True(exit == expectedExit, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    private static readonly RetryOptions Fast = new()
    {
        MaxRetries = 5,
        BaseDelay = TimeSpan.FromMilliseconds(50),
        MaxDelay = TimeSpan.FromSeconds(3),
        AttemptTimeout = TimeSpan.FromSeconds(1.5),
        TotalTimeout = TimeSpan.FromSeconds(20),
    };

    private InProcessBuild NewRepo()
    {
        var repo = new InProcessBuild();
        _repos.Add(repo);
        repo.Write("Dockerfile.ci", "ARG BASE=missing\nFROM ${BASE}\nRUN echo ci-image > /ci-marker\n");
        repo.Write(".mise/config.toml", "[tools]\ngo = \"1.25.5\"\n");
        repo.Write(".dockerignore", "docker-config\n");
        Directory.CreateDirectory(Path.Combine(repo.Root, "docker-config"));
        repo.Environment["DOCKER_HOST"] = docker.DockerHost;
        repo.Environment["DOCKER_CONFIG"] = Path.Combine(repo.Root, "docker-config");
        return repo;
    }

    private static string NewRepository() => $"team/ci-{Guid.NewGuid():N}"[..20];

    private static IReadOnlyDictionary<string, string> BuildArgs => new Dictionary<string, string>(StringComparer.Ordinal) { ["BASE"] = BaseImage.Reference };

    private static string ExpectedTag(InProcessBuild repo) => CiImageTag.ComputeFromFiles(repo.Root, "Dockerfile.ci", BuildArgs, null);

    private static Task<(int ExitCode, string Output)> RunAsync(InProcessBuild repo, string image, params string[] extra) =>
        repo.RunAsync<CiBuild>(["BuildCiImage", .. image.Length > 0 ? new[] { "--ci-image", image } : [], "--ci-build-args", $"BASE={BaseImage.Reference}", .. extra.Contains("--ci-smoke-commands") ? [] : new[] { "--ci-smoke-commands", Smoke }, .. extra]);

    private static async Task<ManifestInfo?> HeadAsync(string registry, string image, string tag, RegistryCredentials? credentials = null)
    {
        using var client = new RegistryClient(registry, new RegistryClientOptions { UseDockerConfig = false, Credentials = credentials });
        return await client.HeadManifestAsync(image[(image.IndexOf('/', StringComparison.Ordinal) + 1)..], tag);
    }

    private static string Git(InProcessBuild repo, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = repo.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["GIT_COMMITTER_DATE"] = "2026-01-02T03:04:05Z";
        info.Environment["GIT_AUTHOR_DATE"] = "2026-01-02T03:04:05Z";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output.Trim();
    }

    private sealed class CiBuild : SlipwayBuild, ICiImage
    {
        public RetryOptions CiRegistryRetry => Fast;
    }
}
