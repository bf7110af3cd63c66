using Slipway.Components.Release;

namespace Slipway.Components.Prerelease;

/// <summary>
/// <c>PublishPrerelease</c>: publishes the snapshot's dist/ (built once by SnapshotBuild, handed on in CI) as the
/// pre-release <c>&lt;branch-slug&gt;-&lt;sha8&gt;</c> of the current branch and commit: on GitHub a release marked pre-release
/// and never latest, on GitLab a release whose files live in the generic package registry. It carries every archive and
/// the checksums file; its notes name the branch, the commit and the CI run, list the checksums and carry the marker
/// pruning recognises. Everything is checked before anything is written; a rerun for the same commit changes nothing.
/// </summary>
public interface IPublishPrerelease : ISnapshotBuild, IPrereleaseSettings
{
    /// <summary>True for a push build of a branch with a known commit: the builds that publish pre-releases.</summary>
    bool IsPrereleaseBuild =>
        Context.Host is { Branch: { Length: > 0 }, Tag: null, Commit: { Length: >= 8 } } && !Context.Host.IsPullRequest;

    /// <summary>Publishes the pre-release of this branch and commit.</summary>
    Target PublishPrerelease => _ => _
        .Description("Publishes dist/ as the pre-release <branch-slug>-<sha8> (GitHub, or GitLab with the package registry); a rerun changes nothing")
        .Consumes(SnapshotBuild, GoPath("dist/"))
        .Requires(() => IsPrereleaseBuild,
            $"a push build of a branch with a known commit, not a tag or pull request (current ref: {Context.Host.Ref ?? Context.Host.Branch ?? "unknown"}, commit: {Context.Host.Commit ?? "unknown"})")
        .Requires(() => PrereleaseAccessProblem(false) == null, PrereleaseAccessProblem(false) ?? "access to the repository")
        .Uses(new CiGeneration.Capabilities.PublishesRelease(Scm: null))
        .Executes(cancellationToken => PrereleasePublisher.RunAsync(this, cancellationToken));
}
