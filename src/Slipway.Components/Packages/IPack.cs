using Slipway.Components.CiGeneration.Capabilities;

namespace Slipway.Components.Packages;

/// <summary>
/// <c>Pack</c>: NuGet packages (with their <c>.snupkg</c> symbols) of <see cref="PackProjects"/>, in one
/// <c>dotnet pack</c>, into <see cref="PackagesDirectory"/>, which it empties of packages first so it holds one version.
/// The version is the projects' own (MinVer: the git tag) unless <c>--package-version</c> gives one; see <see cref="PackVersion"/>.
/// For any repository that ships .NET packages, not only Go ones.
/// </summary>
public interface IPack : IBuild
{
    /// <summary>The version of every package; unset, the projects compute it (MinVer: from the latest v* tag).</summary>
    [Parameter("Version of the packages Pack writes (e.g. 1.2.3-beta.1); default: the projects' own, from the git tag")]
    string? PackageVersion => this.GetParameter(() => PackageVersion);

    /// <summary>Projects to pack, as globs relative to the root; default: every project under <c>src/</c>.</summary>
    IReadOnlyList<string> PackProjects => ["src/*/*.csproj"];

    /// <summary>Where the packages go, relative to the root.</summary>
    string PackagesDirectory => "artifacts/packages";

    /// <summary>The MSBuild properties of the pack: the version ones (<see cref="PackVersion"/>); a build may add to them.</summary>
    IReadOnlyDictionary<string, string> PackProperties => PackVersion.Properties(PackageVersion, Context.Host.Branch, Context.Host.Tag);

    /// <summary>Packs every project.</summary>
    Target Pack => _ => _
        .Description("dotnet pack of the shipped projects into artifacts/packages (.nupkg and .snupkg), versioned from the git tag")
        .Uses(new CompilesDotNet(), new ReadsGitHistory())
        .Produces(PackagesDirectory + "/")
        .Executes(async cancellationToken =>
        {
            var projects = PackCommand.Projects(Context.RootDirectory, PackProjects);
            var output = Context.PathTo(PackagesDirectory);
            Directory.CreateDirectory(output);
            foreach (var stale in Directory.EnumerateFiles(output).Where(f => f.EndsWith(".nupkg", StringComparison.Ordinal) || f.EndsWith(".snupkg", StringComparison.Ordinal)))
            {
                File.Delete(stale);
            }

            var solution = Context.PathTo(PackCommand.SolutionFile);
            Slipway.IO.AtomicFile.WriteAllText(solution, PackCommand.Solution(projects));
            Context.Log.Information("Packing {Count} project(s): {Projects}", projects.Count, string.Join(", ", projects));
            await Context.Processes.RunAsync(PackCommand.Pack(PackCommand.DotNet(Environment.ProcessPath), solution, output, PackProperties), cancellationToken);
            foreach (var package in Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                Context.Log.Information("{Directory}/{Package}", PackagesDirectory, package);
            }
        });
}
