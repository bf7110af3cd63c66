namespace Slipway.Components.CiSystems.GitHub;

/// <summary>
/// Declares one GitHub Actions workflow, <c>.github/workflows/&lt;name&gt;.yml</c>, compiled from the target graph:
/// each invoked target (or target listed in <see cref="ActionsWorkflowAttribute.OwnJobTargets"/>) becomes a job running
/// exactly its chain. Put one attribute per workflow on the build class.
/// </summary>
/// <param name="name">Workflow name and file name (letters, digits, <c>. _ -</c>), e.g. <c>ci</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class GitHubActionsAttribute(string name) : ActionsWorkflowAttribute(name);
