using Slipway.Components.CiSystems.GitHub;

namespace Slipway.Components.CiSystems.Forgejo;

/// <summary>
/// A Forgejo Actions workflow in <c>.forgejo/workflows/</c>, compiled from the target graph like
/// <see cref="GitHubActionsAttribute"/>: same syntax, with Forgejo's runner label, its actions (resolved through the
/// instance's default actions URL, pinned to what runs there) and its releases (Gitea API, <c>GITEA_TOKEN</c>).
/// </summary>
/// <param name="name">Workflow name and file name, e.g. <c>ci</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class ForgejoActionsAttribute(string name) : ActionsWorkflowAttribute(name);
