using System.Reflection;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Components.CiGeneration;
using Slipway.Components.CiSystems.GitHub;
using Slipway.Graph;
using Slipway.Hosts;
using Slipway.Pipelines.Environment;
using Slipway.Pipelines.GitHub;
using Slipway.Pipelines.Model;

// Registered ahead of GitHub Actions: the Forgejo runner sets GITHUB_ACTIONS=true too.
[assembly: HostDetector(typeof(Slipway.Components.CiSystems.Forgejo.ForgejoActionsSystem), Order = -1)]

namespace Slipway.Components.CiSystems.Forgejo;

/// <summary>
/// Forgejo Actions: one workflow per <see cref="ForgejoActionsAttribute"/>, in <c>.forgejo/workflows/</c>, compiled
/// and written by the GitHub Actions compiler and writer with Forgejo's dialect (its facts: <c>facts/forgejo-actions.json</c>).
/// </summary>
public sealed class ForgejoActionsSystem : ICiSystem
{
    private static readonly Lazy<WorkflowDialect> LazyDialect = new(() => new WorkflowDialect(
        "ForgejoActions", ".forgejo/workflows", "docker", ScmKind.Gitea, Access, EnvironmentFacts.Default.WithActions(Resource(), "facts/forgejo-actions.json")));

    /// <summary>What Forgejo Actions differs in: workflow directory, default runner label, forge, registry logins, actions.</summary>
    public static WorkflowDialect Dialect => LazyDialect.Value;

    /// <inheritdoc />
    public Host? Detect(IReadOnlyDictionary<string, string> environment) =>
        IsTrue(environment, "FORGEJO_ACTIONS") || IsTrue(environment, "GITEA_ACTIONS") ? new ForgejoActionsHost(environment) : null;

    /// <inheritdoc />
    public bool IsConfigured(Type buildType) => buildType.IsDefined(typeof(ForgejoActionsAttribute), inherit: true);

    /// <inheritdoc />
    public IReadOnlyList<Pipeline> Compile(Type buildType, TargetGraph graph, CiGenerationSettings settings) =>
        GitHubActionsSystem.CompileAll(buildType.GetCustomAttributes<ForgejoActionsAttribute>(), buildType, graph, settings, Dialect);

    /// <inheritdoc />
    public string Write(Pipeline pipeline) => GitHubActionsWriter.Write(pipeline, Dialect.Facts);

    /// <inheritdoc />
    public IReadOnlyList<string> Warnings(IReadOnlyList<Pipeline> pipelines) => GitHubWarnings.Find(pipelines);

    /// <summary>Every registry is logged in to with named secrets: Forgejo's job token is not documented to push packages.</summary>
    private static RegistryAccess Access(string registry)
    {
        var (user, password) = RegistryAccess.NamedSecrets(registry);
        return new RegistryAccess(new Slipway.Pipelines.Model.RegistryLoginSetup(registry, $"${{{{ secrets.{user} }}}}", password), $"${{{{ secrets.{user} }}}}", password, null);
    }

    private static bool IsTrue(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static string Resource()
    {
        using var stream = typeof(ForgejoActionsSystem).Assembly.GetManifestResourceStream("Slipway.Components.facts.forgejo-actions.json")
            ?? throw new InvalidOperationException("facts/forgejo-actions.json is not embedded in Slipway.Components.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
