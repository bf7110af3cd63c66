namespace Slipway.Components.Prerelease;

/// <summary>
/// <c>PrunePrereleases</c>: deletes Slipway's pre-releases with their tags (and, on GitLab, their package files): every
/// one of a branch that no longer exists, and otherwise all but the newest <c>--prerelease-keep</c> of each branch and
/// any older than <c>--prerelease-max-age-days</c>. A release without Slipway's marker, or made a full release, is never
/// touched. On a terminal it only lists what it would delete unless given <c>--prune-dry-run false</c>.
/// </summary>
public interface IPrunePrereleases : IPrereleaseSettings
{
    /// <summary>Pre-releases kept per branch (default 3).</summary>
    [Parameter("Pre-releases kept per branch, newest first (default 3)")]
    int? PrereleaseKeep => this.GetParameter(() => PrereleaseKeep);

    /// <summary>Pre-releases older than this are deleted (default 7 days).</summary>
    [Parameter("Days a pre-release is kept at most (default 7)")]
    int? PrereleaseMaxAgeDays => this.GetParameter(() => PrereleaseMaxAgeDays);

    /// <summary>List instead of delete; by default true on a terminal, false on CI.</summary>
    [Parameter("Only list what PrunePrereleases would delete (default: true on a terminal, false on CI)")]
    bool? PruneDryRun => this.GetParameter(() => PruneDryRun);

    /// <summary><see cref="PrereleaseKeep"/> or its default.</summary>
    int EffectivePrereleaseKeep => PrereleaseKeep ?? 3;

    /// <summary><see cref="PrereleaseMaxAgeDays"/> or its default.</summary>
    int EffectivePrereleaseMaxAgeDays => PrereleaseMaxAgeDays ?? 7;

    /// <summary>Whether this run only lists.</summary>
    bool IsPruneDryRun => PruneDryRun ?? Context.IsLocal;

    /// <summary>Deletes old pre-releases.</summary>
    Target PrunePrereleases => _ => _
        .Description("Deletes Slipway's pre-releases beyond the newest --prerelease-keep per branch, older than --prerelease-max-age-days, or of deleted branches (a dry run on a terminal)")
        .Requires(() => EffectivePrereleaseKeep >= 1, $"--prerelease-keep of at least 1 (it is {EffectivePrereleaseKeep})")
        .Requires(() => EffectivePrereleaseMaxAgeDays >= 1, $"--prerelease-max-age-days of at least 1 (it is {EffectivePrereleaseMaxAgeDays})")
        .Requires(() => PrereleaseAccessProblem(true, !IsPruneDryRun) == null, PrereleaseAccessProblem(true, !IsPruneDryRun) ?? "access to the repository")
        .Uses(new CiGeneration.Capabilities.ManagesReleases())
        .Executes(cancellationToken => PrereleasePruner.RunAsync(this, cancellationToken));
}
