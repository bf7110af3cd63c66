using Slipway.Components.CiGeneration.Capabilities;
using Slipway.Hosts;

namespace Slipway.Components.Packages;

/// <summary>
/// <c>PublishPackages</c>: pushes what <c>Pack</c> wrote to nuget.org with <c>NUGET_API_KEY</c> and, on GitHub Actions,
/// to the repository owner's GitHub Packages feed with the job's <c>GITHUB_TOKEN</c>. Only for a tag, and after
/// <c>ValidateRelease</c> when the build has it. The generated job gets exactly that secret and <c>packages: write</c>.
/// </summary>
public interface IPublishPackages : IPack
{
    /// <summary>The nuget.org API key.</summary>
    [Parameter("nuget.org API key PublishPackages pushes with (NUGET_API_KEY)"), Secret]
    string? NugetApiKey => this.GetParameter(() => NugetApiKey);

    /// <summary>The feed the API key pushes to.</summary>
    string NuGetSource => PackagePush.NuGetOrg;

    /// <summary>
    /// The package feed of the hosting system the job token pushes to: GitHub Packages of the repository's owner on
    /// GitHub Actions; null elsewhere (nothing is pushed there).
    /// </summary>
    string? HostPackagesSource => Context.Host.Forge == ForgeKind.GitHub && Context.Host.Repository?.Split('/')[0] is { Length: > 0 } owner
        ? PackagePush.GitHubPackages(owner)
        : null;

    /// <summary>Pushes the packages of the current tag.</summary>
    Target PublishPackages => _ => _
        .Description("Pushes the packages to nuget.org (NUGET_API_KEY) and, on GitHub Actions, to GitHub Packages; on a tag only")
        .Consumes(Pack, PackagesDirectory + "/") // built once: CI hands the packages on from the Pack job
        .TryDependsOn<Release.IValidateRelease>(x => x.ValidateRelease) // never publish what did not validate
        .Requires(() => Context.Host.Tag != null,
            $"a tag build (current ref: {Context.Host.Ref ?? Context.Host.Branch ?? Context.Host.Commit ?? "unknown"}); PublishPackages publishes only from a tag such as v1.2.3")
        .Requires(() => NugetApiKey)
        .Uses(new PublishesHostPackages())
        .Executes(async cancellationToken =>
        {
            var packages = Context.PathTo(PackagesDirectory);
            if (!Directory.Exists(packages) || !Directory.EnumerateFiles(packages, "*.nupkg").Any())
            {
                throw new InvalidOperationException($"{PackagesDirectory} holds no .nupkg, so there is nothing to publish. Run ./build.sh Pack first (CI hands its output on from the Pack job).");
            }

            // Everything a push needs is checked before the first one, so a missing token publishes nowhere rather than half.
            var hostSource = HostPackagesSource;
            var token = Context.Environment.GetValueOrDefault(PublishesHostPackages.GitHubTokenVariable);
            if (hostSource is not null && token is not { Length: > 0 })
            {
                throw new InvalidOperationException(
                    $"Pushing to {hostSource} needs {PublishesHostPackages.GitHubTokenVariable} (with packages: write) in the job, and it is not set, so nothing was published. The generated workflow sets it: run ./build.sh GenerateCi, or set it.");
            }

            var dotnet = PackCommand.DotNet(Environment.ProcessPath);
            await Context.Processes.RunAsync(PackagePush.Command(dotnet, packages, NuGetSource, NugetApiKey!, symbols: true), cancellationToken);
            if (hostSource is null)
            {
                Context.Log.Information("Host packages: not pushed ({Host} has no package feed Slipway pushes to)", Context.Host.Name);
                return;
            }

            Context.Secrets.Add(token!);
            await Context.Processes.RunAsync(PackagePush.Command(dotnet, packages, hostSource, token!, symbols: false), cancellationToken);
        });
}
