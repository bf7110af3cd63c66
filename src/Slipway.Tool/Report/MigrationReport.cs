using System.Text;
using Slipway.Tool.Detection;
using Slipway.Tool.Planning;
using Slipway.Tool.Writing;

namespace Slipway.Tool.Report;

/// <summary>
/// What <c>slipway init</c> prints: what it found, each file it wrote or left alone, and the migration: for each existing
/// CI file, which generated file replaces it and, in plain words, what the generated CI does not do (keep the file for that).
/// </summary>
public static class MigrationReport
{
    /// <summary>The report for one run.</summary>
    public static string Render(RepositoryFacts facts, BuildPlan plan, IReadOnlyList<(PlannedFile File, FileOutcome Outcome)> outcomes, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcomes);
        var text = new StringBuilder();
        text.Append("Found:\n");
        text.Append("  Go modules: ").Append(string.Join(", ", facts.Modules.Select(m => m.Label))).Append(facts.Workspace ? " (go.work)" : "").Append('\n');
        text.Append("  Go version: ").Append(facts.GoVersion is { } go ? $"{go.Version} from {go.Source}" : "none named").Append('\n');
        text.Append("  GoReleaser: ").Append(facts.GoReleaser?.File ?? "none").Append('\n');
        if (facts.ReleaseDockerfiles.Count > 0)
        {
            text.Append("  Release Dockerfiles: ").Append(string.Join(", ", facts.ReleaseDockerfiles)).Append('\n');
        }

        text.Append("  CI image: ").Append(facts.CiImage?.Dockerfile ?? "none").Append('\n');
        text.Append("  CI files: ").Append(facts.CiFiles.Count == 0 ? "none" : string.Join(", ", facts.CiFiles.Select(f => f.Path))).Append('\n');
        if (facts.ReleasePlease.Count > 0)
        {
            text.Append("  release-please: ").Append(string.Join(", ", facts.ReleasePlease.Distinct(StringComparer.Ordinal))).Append('\n');
        }

        text.Append(dryRun ? "\nWould write (dry run, nothing written):\n" : "\nFiles:\n");
        foreach (var (file, outcome) in outcomes)
        {
            text.Append("  ").Append(file.Path).Append(": ").Append(Describe(outcome, dryRun)).Append('\n');
        }

        text.Append("\nThe build: ").Append(string.Join(", ", plan.Components)).Append('\n');
        foreach (var pipeline in plan.Pipelines)
        {
            text.Append("  ").Append(pipeline.File).Append(pipeline.System == CiSystemKind.GitLab ? $" ({pipeline.Name} jobs)" : "")
                .Append(": ").Append(string.Join(", ", pipeline.Targets.Select(t => t.Name))).Append(", ").Append(When(pipeline)).Append('\n');
        }

        text.Append("\nMigration:\n");
        if (plan.Migrations.Count == 0)
        {
            text.Append("  No existing CI file.\n");
        }

        foreach (var migration in plan.Migrations)
        {
            text.Append("  ").Append(migration.Path).Append(": ");
            text.Append(migration.ReplacedBy.Count == 0 ? "nothing in it is reproduced" : "replaced by " + string.Join(" and ", migration.ReplacedBy));
            text.Append(migration.Keep ? "; keep it for what Slipway does not do:\n" : "; delete it once the generated CI runs.\n");
            foreach (var missing in migration.NotReproduced)
            {
                text.Append("    - ").Append(missing).Append('\n');
            }
        }

        if (plan.Advice.Count > 0)
        {
            text.Append("\nNext:\n");
            foreach (var advice in plan.Advice)
            {
                text.Append("  - ").Append(advice).Append('\n');
            }
        }

        if (outcomes.Any(o => o.Outcome == FileOutcome.Kept))
        {
            text.Append("\nFiles that were already there were left alone; run slipway init --force to replace them.\n");
        }

        text.Append("\nThen: ./build.sh --help lists the targets; ./build.sh GenerateCi writes ")
            .Append(string.Join(", ", plan.Pipelines.Select(p => p.File).Distinct(StringComparer.Ordinal))).Append(".\n");
        return text.ToString();
    }

    private static string Describe(FileOutcome outcome, bool dryRun) => outcome switch
    {
        FileOutcome.Created => dryRun ? "would be created" : "created",
        FileOutcome.Appended => dryRun ? "would get Slipway's entries appended" : "Slipway's entries appended, existing lines unchanged",
        FileOutcome.Replaced => dryRun ? "would be replaced (--force)" : "replaced (--force)",
        FileOutcome.Kept => "already there with other content, left alone",
        _ => "already up to date",
    };

    private static string When(PipelinePlan pipeline)
    {
        var t = pipeline.Triggers;
        var parts = new List<string>();
        if (t.PushBranches.Count > 0)
        {
            parts.Add("pushes to " + string.Join(", ", t.PushBranches));
        }

        if (t.PushTags.Count > 0)
        {
            parts.Add("tags " + string.Join(", ", t.PushTags));
        }

        if (t.PullRequests)
        {
            parts.Add(pipeline.System == CiSystemKind.GitLab ? "merge requests" : "pull requests");
        }

        if (t.Manual)
        {
            parts.Add("by hand");
        }

        if (t.Schedules.Count > 0)
        {
            parts.Add("on schedule " + string.Join(", ", t.Schedules));
        }

        if (t.Called)
        {
            parts.Add("called by another workflow" + (pipeline.TagInput is { } input ? $" with the {input} input" : ""));
        }

        return "on " + string.Join(", ", parts);
    }
}
