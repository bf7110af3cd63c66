namespace Slipway.Components.CiGeneration.Capabilities;

/// <summary>
/// The target pushes through the docker CLI (GoReleaser does), so the job logs the CLI in to each registry
/// <see cref="Registries"/> names: hosts such as <c>ghcr.io</c> or <c>docker.io</c>, or <see cref="GitLabRegistry"/> for
/// the project's GitLab registry. Which registries can depend on the pipeline's variables (an image name read from
/// <c>IMAGE_NAME</c>, say), so they are resolved per pipeline from the variables it declares.
/// </summary>
/// <param name="Registries">The registries, given the pipeline's declared variables (name to value as written).</param>
public sealed record LogsInToRegistry(Func<IReadOnlyDictionary<string, string>, IReadOnlyList<string>> Registries) : Capability
{
    /// <summary>The GitLab project registry, whatever its host.</summary>
    public const string GitLabRegistry = "$CI_REGISTRY";

    /// <summary>A login to one fixed registry.</summary>
    public static LogsInToRegistry To(string registry) => new(_ => [registry]);

    /// <summary>
    /// The registry of an image reference: its host (<c>ghcr.io/o/i</c> is on <c>ghcr.io</c>), <c>docker.io</c> when the
    /// first part is not a host, and <see cref="GitLabRegistry"/> for <c>$CI_REGISTRY_IMAGE</c>-based names.
    /// </summary>
    public static string RegistryOf(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.StartsWith("$CI_REGISTRY", StringComparison.Ordinal) || image.StartsWith("${CI_REGISTRY", StringComparison.Ordinal))
        {
            return GitLabRegistry;
        }

        var first = image.Split('/')[0];
        return image.Contains('/', StringComparison.Ordinal) && (first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || string.Equals(first, "localhost", StringComparison.Ordinal))
            ? first
            : "docker.io";
    }
}
