using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.GitLab;

namespace Slipway.Pipelines.Tests;

public class SmokeTests
{
    [Fact]
    public void Dump()
    {
        File.WriteAllText("/tmp/pl-ci.yml", GitHubActionsWriter.Write(SamplePipelines.Ci()));
        File.WriteAllText("/tmp/pl-release.yml", GitHubActionsWriter.Write(SamplePipelines.Release()));
        File.WriteAllText("/tmp/pl-ci-image.yml", GitHubActionsWriter.Write(SamplePipelines.CiImage()));
        File.WriteAllText("/tmp/pl-gitlab.yml", GitLabCiWriter.Write(SamplePipelines.GitLab()));
    }
}
