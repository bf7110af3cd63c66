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

    /// <summary>Pushes the packages of the current tag.</summary>
    Target PublishPackages => _ => _
        .Description("Pushes the packages to nuget.org (NUGET_API_KEY) and, on GitHub Actions, to GitHub Packages; on a tag only")
        .DependsOn(Pack)
        .TryDependsOn<Release.IValidateRelease>(x => x.ValidateRelease) // never publish what did not validate
        .Requires(() => Context.Host.Tag != null,
            $"a tag build (current ref: {Context.Host.Ref ?? Context.Host.Branch ?? Context.Host.Commit ?? "unknown"}); PublishPackages publishes only from a tag such as v1.2.3")
        .Requires(() => NugetApiKey)
        .Uses(new PublishesHostPackages())
        .Executes(async cancellationToken =>
        {
            var dotnet = PackCommand.DotNet(Environment.ProcessPath);
            var packages = Context.PathTo(PackagesDirectory);
            await Context.Processes.RunAsync(PackagePush.Command(dotnet, packages, NuGetSource, NugetApiKey!, symbols: true), cancellationToken);
            if (Context.Host.Forge != ForgeKind.GitHub)
            {
                Context.Log.Information("GitHub Packages: not pushed ({Host} is not GitHub Actions)", Context.Host.Name);
                return;
            }

            var token = Context.Environment.GetValueOrDefault(PublishesHostPackages.GitHubTokenVariable);
            var owner = Context.Host.Repository?.Split('/')[0];
            if (token is not { Length: > 0 } || owner is not { Length: > 0 })
            {
                throw new InvalidOperationException(
                    $"Pushing to GitHub Packages needs {PublishesHostPackages.GitHubTokenVariable} (with packages: write) and GITHUB_REPOSITORY in the job; the generated workflow sets both. Set them, or run ./build.sh GenerateCi again.");
            }

            Context.Secrets.Add(token);
            await Context.Processes.RunAsync(PackagePush.Command(dotnet, packages, PackagePush.GitHubPackages(owner), token, symbols: false), cancellationToken);
        });
}
