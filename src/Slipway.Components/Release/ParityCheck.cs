using Slipway.Clients.GoReleaser;
using Slipway.Hosts;

namespace Slipway.Components.Release;

/// <summary>The work of <see cref="IArtifactParity.CheckArtifactParity"/>.</summary>
internal static class ParityCheck
{
    public static async Task RunAsync(IArtifactParity build, CancellationToken cancellationToken)
    {
        var context = build.Context;
        var dist = DistDirectory.Load(build.DistPath);
        var frozen = File.Exists(build.ReleaseContractPath);
        var configFile = build.GoReleaserConfigFile;
        var contractFile = frozen ? build.RelativeContractPath : $"the contract derived from {configFile ?? "GoReleaser's defaults"}";
        var contract = build.EffectiveReleaseContract();

        var problems = new List<string>();
        // The contract's ldflags come from the configuration (derived, or frozen and kept equal by CheckGenerated): no text check of the file is needed.
        foreach (var difference in contract.Check(dist))
        {
            context.Annotate(AnnotationSeverity.Error, difference.ToString(), frozen ? contractFile : configFile, title: "release contract");
            problems.Add($"contract: {difference}");
        }

        if (build.ParityReference is { } referencePath)
        {
            var reference = DistDirectory.Load(Path.GetFullPath(referencePath, context.RootDirectory));
            foreach (var difference in ParityComparer.Compare(reference, dist))
            {
                context.Annotate(AnnotationSeverity.Error, difference.ToString(), title: "artifact parity");
                problems.Add($"parity with {reference.FullPath}: {difference}");
            }
        }
        else
        {
            context.Log.Information("No --parity-reference given: dist/ was checked against {Contract} only", contractFile);
        }

        if (build.ProveReproducibility == true)
        {
            problems.AddRange(await ReproducibilityProof.RunAsync(build, dist, cancellationToken));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{problems.Count} artifact difference(s):\n  {string.Join("\n  ", problems)}");
        }

        context.Log.Information("dist/ matches {Contract}{Reference}: {Platforms} platform(s), {Count} artifact(s)", contractFile,
            build.ParityReference is null ? "" : " and " + build.ParityReference, dist.Platforms.Count, dist.Binaries.Count() + dist.Archives.Count());
    }
}
