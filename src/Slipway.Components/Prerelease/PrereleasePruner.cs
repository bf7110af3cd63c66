namespace Slipway.Components.Prerelease;

/// <summary>The work of <see cref="IPrunePrereleases.PrunePrereleases"/>.</summary>
internal static class PrereleasePruner
{
    public static async Task RunAsync(IPrunePrereleases build, CancellationToken cancellationToken)
    {
        var log = build.Context.Log;
        var dryRun = build.IsPruneDryRun;
        using var store = PrereleaseStores.Open(build);
        await store.CheckRepositoryAsync(cancellationToken);
        var releases = await store.ListAsync(cancellationToken);
        var branches = await store.ListBranchesAsync(cancellationToken);
        var ours = releases.Where(r => r.IsSlipways).ToList();
        var plan = PrunePlan.Decide(ours, branches, build.EffectivePrereleaseKeep, TimeSpan.FromDays(build.EffectivePrereleaseMaxAgeDays), build.PrereleaseClock.GetUtcNow());
        log.Information(
            "{Where}: {Releases} release(s), {Ours} of them Slipway's pre-releases of {Branches} branch(es); keeping the newest {Keep} per existing branch, none over {Days} days",
            store.Where, releases.Count, ours.Count, ours.Select(r => r.Marker!.Branch).Distinct(StringComparer.Ordinal).Count(), build.EffectivePrereleaseKeep, build.EffectivePrereleaseMaxAgeDays);
        if (plan.Count == 0)
        {
            log.Information("Nothing to prune");
            return;
        }

        foreach (var decision in plan)
        {
            if (dryRun)
            {
                log.Information("Would delete {Tag} and its tag: {Reason}", decision.Release.Tag, decision.Reason);
                continue;
            }

            var deleted = await store.DeleteAsync(decision.Release, cancellationToken);
            log.Information(deleted ? "Deleted {Tag} and its tag: {Reason}" : "{Tag} was already deleted (by another run): {Reason}", decision.Release.Tag, decision.Reason);
        }

        if (dryRun)
        {
            log.Information("Dry run: {Count} pre-release(s) would be deleted. Pass --prune-dry-run false to delete them", plan.Count);
        }
    }
}
