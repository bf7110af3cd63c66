namespace Slipway.Pipelines.Model;

/// <summary>The full git history and tags (GoReleaser needs them): GitHub <c>fetch-depth: 0</c>, GitLab <c>GIT_DEPTH: 0</c>.</summary>
public sealed record FullGitHistorySetup : SetupRequirement
{
    internal override int Order => 7;
}
