using Slipway.Pipelines.Environment;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// The content-tagged CI image GitLab jobs run in. Only pipelines of protected refs push (and pull) the trusted
/// repository; every other pipeline, merge requests and forks included, uses the unprotected one, so code that has not
/// been merged can never replace an image that protected pipelines trust.
/// </summary>
/// <param name="Tag">The content tag, e.g. <c>ci-73c5dfc6a937</c>.</param>
/// <param name="TrustedRepository">Repository of protected pipelines, e.g. <c>$CI_REGISTRY_IMAGE/ci</c>.</param>
/// <param name="UnprotectedRepository">Repository of every other pipeline.</param>
/// <param name="Facts">What the image provides, read from its Dockerfile.</param>
/// <param name="Target">The target that makes sure it exists (<c>BuildCiImage</c>).</param>
public sealed record GitLabCiImage(string Tag, string TrustedRepository, string UnprotectedRepository, ImageFacts Facts, string Target)
{
    /// <summary>The variable holding the repository of this pipeline (read by <c>BuildCiImage</c> as its <c>--ci-image</c>).</summary>
    public const string RepositoryVariable = "CI_IMAGE";

    /// <summary>The reference jobs run in: the pipeline's repository with the content tag.</summary>
    public string Reference => $"${RepositoryVariable}:{Tag}";
}
