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
    public void Where_the_file_admits_schedules_a_jobs_branch_rules_match_pushes_only()
    {
        var sample = SamplePipelines.GitLab();
        JobRule[] own = [new() { Ref = RuleRef.Branch, Pattern = "main" }, new() { Ref = RuleRef.Branch, Pattern = "feature/**" }, new() { Ref = RuleRef.Schedule }];
        var pipeline = sample with { Triggers = sample.Triggers with { Schedules = ["0 1 * * *"] }, Jobs = [.. sample.Jobs.Select(j => j.Id == "lint" ? j with { Rules = own } : j)] };

        var file = YamlQuery.Parse(GitLabCiWriter.Write(pipeline));

        Assert.Equal(
            ["$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH == \"main\"", "$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^feature\\/.*$/", "$CI_PIPELINE_SOURCE == \"schedule\""],
            file.Get("lint").Seq("rules").Select(r => r.Str("if")));
        Assert.False(file.Get("test").Has("rules"));
        var withoutSchedules = YamlQuery.Parse(GitLabCiWriter.Write(pipeline with { Triggers = sample.Triggers with { Manual = false, Schedules = [] } }));
        Assert.Equal("$CI_COMMIT_BRANCH == \"main\"", withoutSchedules.Get("lint").Seq("rules")[0].Str("if"));
    }

    [Fact]
    public void GitHub_refuses_a_job_rule_on_changed_paths()
    {
        var sample = SamplePipelines.Ci();
        var pipeline = sample with { Jobs = [.. sample.Jobs.Select(j => j.Id == "lint" ? j with { Rules = [new JobRule { Ref = RuleRef.Branch, Pattern = "main", Changes = ["docs/**"] }] } : j)] };

        var error = Assert.Throws<PipelineValidationException>(() => GitHubActionsWriter.Write(pipeline));

        Assert.Contains("Job 'lint' has a rule with changed paths or a manual start, which GitHub Actions cannot express per job", error.Message, StringComparison.Ordinal);
    }
}
