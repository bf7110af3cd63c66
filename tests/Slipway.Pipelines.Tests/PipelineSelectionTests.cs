using Slipway.Pipelines.Estimation;
using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Tests;

/// <summary>Which jobs a pull request, a push to the default branch and a tag start.</summary>
public class PipelineSelectionTests
{
    private static IReadOnlyList<string>? Jobs(Pipeline pipeline, PipelineKind kind) =>
        PipelineSelection.For(pipeline, kind)?.Selected.Jobs.Select(j => j.Id).ToList();

    [Fact]
    public void Tag_only_and_changes_only_jobs_count_only_where_they_run()
    {
        var gitlab = SamplePipelines.GitLab() with
        {
            Triggers = new PipelineTriggers { PullRequest = new PullRequestTrigger(), Push = new PushTrigger { Branches = ["main"], Tags = ["v*"] } },
        };

        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run", "validate-release"], Jobs(gitlab, PipelineKind.PullRequest));
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run", "validate-release"], Jobs(gitlab, PipelineKind.DefaultBranch));
        Assert.Equal(["lint", "test", "snapshot-build", "docker-dry-run", "validate-release", "release"], Jobs(gitlab, PipelineKind.Tag));

        var leftOut = PipelineSelection.For(gitlab, PipelineKind.DefaultBranch)!.Value.LeftOut;
        Assert.Contains(("release", "its rules select other pipelines"), leftOut);
        Assert.Contains(("build-ci-image", "runs only when certain paths change"), leftOut);
    }

    [Fact]
    public void A_workflow_runs_only_for_its_own_triggers()
    {
        Assert.Null(Jobs(SamplePipelines.Release(), PipelineKind.PullRequest));
        Assert.Null(Jobs(SamplePipelines.Release(), PipelineKind.DefaultBranch));
        Assert.Equal(["release"], Jobs(SamplePipelines.Release(), PipelineKind.Tag));
        Assert.Null(Jobs(SamplePipelines.Ci(), PipelineKind.Tag)); // pushes of main only
        var paths = SamplePipelines.Ci() with { Triggers = new PipelineTriggers { Push = new PushTrigger { Branches = ["main"], Paths = ["Dockerfile.ci"] } } };
        Assert.Null(Jobs(paths, PipelineKind.DefaultBranch)); // only when those paths change
        var globbed = SamplePipelines.Ci() with { Triggers = new PipelineTriggers { Push = new PushTrigger { Branches = ["release/**", "ma*"] } } };
        Assert.NotNull(Jobs(globbed, PipelineKind.DefaultBranch));
        Assert.Null(Jobs(globbed with { Triggers = new PipelineTriggers { Push = new PushTrigger { Branches = ["release/*"] } } }, PipelineKind.DefaultBranch));
    }

    [Fact]
    public void Needs_on_left_out_jobs_are_dropped_and_a_gate_with_nothing_to_gate_goes_too()
    {
        var pipeline = new Pipeline("P", ".gitlab-ci.yml", new PipelineTriggers { PullRequest = new PullRequestTrigger(), Push = new PushTrigger { Tags = ["v*"] } },
        [
            new PipelineJob("publish", "Publish", "./build.sh Publish --skip") { Rules = [JobRule.Tags] },
            new PipelineJob("announce", "Announce", "./build.sh Announce --skip") { Needs = ["publish"] },
            new PipelineJob("done", "Done", "") { Gate = true, Needs = ["publish"] },
        ]);

        var selected = PipelineSelection.For(pipeline, PipelineKind.PullRequest)!.Value;

        Assert.Equal(["announce"], selected.Selected.Jobs.Select(j => j.Id));
        Assert.Empty(selected.Selected.Jobs[0].Needs);
        Assert.Contains(("done", "every job it gates is left out"), selected.LeftOut);
    }
}
