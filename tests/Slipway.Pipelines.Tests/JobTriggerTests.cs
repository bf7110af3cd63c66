using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.GitLab;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;

namespace Slipway.Pipelines.Tests;

/// <summary>Branch deletion as a GitHub trigger, and GitLab jobs that run only for triggers of their own.</summary>
public class JobTriggerTests
{
    [Fact]
    public void GitHub_starts_a_workflow_on_branch_deletion_and_GitLab_which_has_no_such_event_ignores_it()
    {
        var triggers = new PipelineTriggers { Schedules = ["17 4 * * *"], BranchDeletion = true };

        var github = YamlQuery.Parse(GitHubActionsWriter.Write(SamplePipelines.Ci() with { Triggers = triggers }));
        var gitlab = YamlQuery.Parse(GitLabCiWriter.Write(SamplePipelines.GitLab() with { Triggers = triggers }));

        Assert.Equal(["schedule", "delete"], github.Get("on").Keys());
        Assert.Empty(github.Get("on").Get("delete").Keys());
        Assert.Equal(["$CI_PIPELINE_SOURCE == \"schedule\""], gitlab.Get("workflow").Seq("rules").Select(r => r.Str("if")));
    }

    [Fact]
    public void A_GitLab_job_with_triggers_of_its_own_gets_one_rule_per_trigger_and_pushes_exclude_schedules_on_the_same_branch()
    {
        var sample = SamplePipelines.GitLab();
        var own = new PipelineTriggers { Push = new PushTrigger { Branches = ["main", "feature/**"] }, Schedules = ["0 1 * * *"] };
        var pipeline = sample with { Jobs = [.. sample.Jobs.Select(j => j.Id == "lint" ? j with { RunsFor = own } : j)] };

        var file = YamlQuery.Parse(GitLabCiWriter.Write(pipeline));

        Assert.Equal(
            ["$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH == \"main\"", "$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^feature\\/.*$/", "$CI_PIPELINE_SOURCE == \"schedule\""],
            file.Get("lint").Seq("rules").Select(r => r.Str("if")));
        Assert.False(file.Get("test").Has("rules"));
    }

    [Fact]
    public void GitHub_refuses_a_job_with_triggers_of_its_own()
    {
        var sample = SamplePipelines.Ci();
        var pipeline = sample with { Jobs = [.. sample.Jobs.Select(j => j.Id == "lint" ? j with { RunsFor = new PipelineTriggers { Manual = true } } : j)] };

        var error = Assert.Throws<PipelineValidationException>(() => GitHubActionsWriter.Write(pipeline));

        Assert.Contains("Job 'lint' sets RunsFor, which GitHub Actions sets per workflow", error.Message, StringComparison.Ordinal);
    }
}
