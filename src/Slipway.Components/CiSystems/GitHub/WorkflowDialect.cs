using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.CiGeneration;
using Slipway.Pipelines.Environment;

namespace Slipway.Components.CiSystems.GitHub;

/// <summary>
/// What differs between the systems that read GitHub Actions syntax: where workflows live, the default runner label,
/// the forge releases go to, how jobs authenticate to registries, and the facts the writer checks jobs against.
/// </summary>
/// <param name="Attribute">The attribute's name in messages, e.g. <c>GitHubActions</c>.</param>
/// <param name="Directory">Where the workflow files go, e.g. <c>.github/workflows</c>.</param>
/// <param name="DefaultRunner">The runner label when the attribute names none.</param>
/// <param name="Forge">Where a release without a configured SCM is published.</param>
/// <param name="Access">How a job authenticates to a registry.</param>
/// <param name="Facts">The actions and runners the writer checks jobs against.</param>
public sealed record WorkflowDialect(string Attribute, string Directory, string DefaultRunner, ScmKind Forge, Func<string, RegistryAccess> Access, EnvironmentFacts Facts);
