using System.Diagnostics;
using System.Globalization;
using Slipway.Clients.Docker;
using Slipway.Clients.Registry;
using Slipway.Testing;

namespace Slipway.Benchmarks;

/// <summary>
/// "Is this image already in the registry?" answered two ways: one manifest HEAD through <see cref="RegistryClient"/>
/// versus <c>docker pull</c> through the Engine API (local copy removed each round). Both go through a
/// <see cref="FaultProxy"/> (no faults) so bytes on the wire are counted the same way.
/// </summary>
internal sealed class RegistryExistenceBenchmark : IBenchmark
{
    public string Name => "registry-existence";

    public string Description => "manifest HEAD vs docker pull of a ~200 MB image (options: --rounds N, --size-mb N)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var rounds = Option(args, "--rounds", 5);
        var sizeMb = Option(args, "--size-mb", 200);
        Console.WriteLine($"registry-existence: {rounds} rounds, {sizeMb} MiB image");

        DockerDaemon? ownDaemon = null;
        var dockerHost = Environment.GetEnvironmentVariable(DockerDaemonFixture.HostVariable);
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            ownDaemon = await DockerDaemon.StartAsync();
            dockerHost = ownDaemon.DockerHost;
        }

        try
        {
            await using var registry = await LocalRegistry.StartAsync();
            await using var proxy = new FaultProxy(registry.BaseAddress);
            using var docker = new DockerClient(DockerEndpoint.Parse(dockerHost));
            await BaseImage.EnsureAsync(docker, cancellationToken);

            const string repository = "slipway-bench/existence";
            const string tag = "v1";
            var viaProxy = $"{proxy.Host}/{repository}";
            await PushImageAsync(docker, registry, repository, tag, sizeMb, cancellationToken);

            var head = new Measurement("RegistryClient.HeadManifestAsync");
            var pull = new Measurement("docker pull (Engine API)");
            for (var round = 1; round <= rounds; round++)
            {
                await docker.RemoveImageAsync($"{viaProxy}:{tag}", force: true, cancellationToken);

                proxy.Reset();
                var clock = Stopwatch.StartNew();
                using (var client = new RegistryClient(proxy.Host, new RegistryClientOptions { UseDockerConfig = false }))
                {
                    _ = await client.HeadManifestAsync(repository, tag, cancellationToken) ?? throw new InvalidOperationException("The pushed image is missing.");
                }

                head.Times.Add(clock.Elapsed);
                head.Bytes.Add(proxy.BytesSent);

                proxy.Reset();
                clock.Restart();
                await docker.PullImageAsync(viaProxy, tag, cancellationToken: cancellationToken);
                pull.Times.Add(clock.Elapsed);
                pull.Bytes.Add(proxy.BytesSent);
                Console.WriteLine($"  round {round}: HEAD {Measurement.FormatTime(head.Times[^1])}, pull {Measurement.FormatTime(pull.Times[^1])}");
            }

            await docker.RemoveImageAsync($"{viaProxy}:{tag}", force: true, cancellationToken);
            Print(head, pull);
            return 0;
        }
        finally
        {
            ownDaemon?.Dispose();
        }
    }

    private static async Task PushImageAsync(DockerClient docker, LocalRegistry registry, string repository, string tag, int sizeMb, CancellationToken cancellationToken)
    {
        using var context = new TempDirectory("slipway-bench");
        // Random bytes so the layer does not compress: the pull really moves ~sizeMb.
        context.Write("Dockerfile", $"FROM {BaseImage.Reference}\nRUN dd if=/dev/urandom of=/payload bs=1048576 count={sizeMb.ToString(CultureInfo.InvariantCulture)} 2>/dev/null\n");
        var image = $"{registry.Host}/{repository}";
        var clock = Stopwatch.StartNew();
        await docker.BuildImageAsync(new ImageBuildOptions { ContextDirectory = context.Path, Tags = [$"{image}:{tag}"], NoCache = true }, cancellationToken: cancellationToken);
        var digest = await docker.PushImageAsync(image, tag, cancellationToken: cancellationToken);
        await docker.RemoveImageAsync($"{image}:{tag}", force: true, cancellationToken);
        Console.WriteLine($"  built and pushed {image}:{tag} ({digest}) in {Measurement.FormatTime(clock.Elapsed)}");
    }

    private static void Print(Measurement head, Measurement pull)
    {
        Console.WriteLine();
        Console.WriteLine($"{"contender",-36} {"median time",12} {"median bytes",14}");
        foreach (var m in new[] { head, pull })
        {
            Console.WriteLine($"{m.Name,-36} {Measurement.FormatTime(m.MedianTime),12} {Measurement.FormatBytes(m.MedianBytes),14}");
        }

        var timeRatio = pull.MedianTime.TotalMilliseconds / Math.Max(head.MedianTime.TotalMilliseconds, 0.001);
        var byteRatio = pull.MedianBytes / (double)Math.Max(head.MedianBytes, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio (pull / HEAD): time {timeRatio:0.0}x, bytes {byteRatio:0}x"));
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
                    ? value
                    : throw new ArgumentException($"{name} needs a positive integer, got '{args[i + 1]}'.", nameof(args));
            }
        }

        return fallback;
    }
}
