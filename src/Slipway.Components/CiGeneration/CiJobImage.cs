using Slipway.Pipelines.Environment;

namespace Slipway.Components.CiGeneration;

/// <summary>
/// The project's content-tagged CI image, for CI systems whose jobs run in an image (GitLab): its tag, computed from
/// its Dockerfile and pins exactly as <c>BuildCiImage</c> tags it, and what the Dockerfile says it provides.
/// </summary>
/// <param name="Tag">The content tag, e.g. <c>ci-73c5dfc6a937</c>.</param>
/// <param name="Facts">What the image provides, read from its Dockerfile.</param>
public sealed record CiJobImage(string Tag, ImageFacts Facts);
