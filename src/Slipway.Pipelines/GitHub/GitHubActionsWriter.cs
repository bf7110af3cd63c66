using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;
using YamlDotNet.RepresentationModel;
using static Slipway.Pipelines.Yaml.YamlDocumentWriter;

namespace Slipway.Pipelines.GitHub;

/// <summary>Writes a <see cref="Pipeline"/> as one GitHub Actions workflow file.</summary>
public static class GitHubActionsWriter
{
    private const string ArtifactDirectory = "${{ runner.temp }}/slipway-artifacts";

    /// <summary>Writes <paramref name="pipeline"/> against the facts shipped with Slipway.</summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid, or a job cannot run where it is placed.</exception>
    public static string Write(Pipeline pipeline) => Write(pipeline, EnvironmentFacts.Default);

    /// <summary>
    /// Validates <paramref name="pipeline"/> (structure, every job's needs against its runner and set-up, every action
    /// step's major and inputs against <paramref name="facts"/>) and returns the workflow text: fixed key order, LF
    /// endings, a generated-file header, trailing newline; the same model always gives the same bytes.
    /// </summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid, uses GitLab-only job path rules, a job's needs are not met, or a step passes an input its action does not have.</exception>
    public static string Write(Pipeline pipeline, EnvironmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(facts);
        PipelineValidator.Validate(pipeline);
        var problems = pipeline.Jobs.Where(j => j.Rules.Any(r => r.Changes.Count > 0 || r.When == RuleWhen.Manual)).Select(j =>
            $"Job '{j.Id}' has a rule with changed paths or a manual start, which GitHub Actions cannot express per job: filter paths in the workflow trigger (PushTrigger.Paths), and start by hand with workflow_dispatch.").ToList();
        foreach (var job in pipeline.Jobs)
        {
            problems.AddRange(EnvironmentCheck.Problems(pipeline, job, GitHubJobEnvironment.For(pipeline, job, facts), GitHubJobEnvironment.IsPredefined));
        }

        problems.AddRange(ReleaseGating.Problems(pipeline));

        var root = new YamlMappingNode();
        root.Put("name", pipeline.Name);
        root.Put("on", Triggers(pipeline.Triggers));
        root.Put("permissions", Permissions(pipeline.Permissions));
        if (pipeline.Concurrency is { } concurrency)
        {
            root.Put("concurrency", Concurrency(concurrency.Group, concurrency.CancelInProgress));
        }

        if (pipeline.Environment.Count > 0)
        {
            root.Put("env", SortedMap(pipeline.Environment));
        }

        var jobs = new YamlMappingNode();
        foreach (var job in pipeline.Jobs)
        {
            jobs.Add(job.Id, Job(pipeline, job, new StepWriter(facts.Actions, $"Workflow '{pipeline.Name}' ({pipeline.FilePath}), job '{job.Id}'", problems)));
        }

        if (problems.Count > 0)
        {
            throw new PipelineValidationException(pipeline, problems);
        }

        root.Put("jobs", jobs);
        return Render(root);
    }

    private static YamlMappingNode Triggers(PipelineTriggers triggers)
    {
        var on = new YamlMappingNode();
        if (triggers.Push is { } push)
        {
            on.Put("push", Filters(("branches", push.Branches), ("tags", push.Tags), ("paths", push.Paths)));
        }

        if (triggers.PullRequest is { } pullRequest)
        {
            on.Put("pull_request", Filters(("branches", pullRequest.Branches), ("paths", pullRequest.Paths)));
        }

        if (triggers.Schedules.Count > 0)
        {
            on.Put("schedule", new YamlSequenceNode(triggers.Schedules.Select(cron => (YamlNode)new YamlMappingNode { { "cron", Text(cron) } })));
        }

        if (triggers.Manual)
        {
            on.Put("workflow_dispatch", triggers.ManualInputs.Count == 0 ? new YamlMappingNode() : new YamlMappingNode { { "inputs", Inputs(triggers.ManualInputs, call: false) } });
        }

        if (triggers.Call is { } call)
        {
            var node = new YamlMappingNode();
            if (call.Inputs.Count > 0)
            {
                node.Put("inputs", Inputs(call.Inputs, call: true));
            }

            if (call.Secrets.Count > 0)
            {
                var secrets = new YamlMappingNode();
                foreach (var secret in call.Secrets.Order(StringComparer.Ordinal))
                {
                    secrets.Add(secret, new YamlMappingNode { { "required", Flag(true) } });
                }

                node.Put("secrets", secrets);
            }

            on.Put("workflow_call", node);
        }

        if (triggers.BranchDeletion)
        {
            on.Put("delete", new YamlMappingNode());
        }

        return on;
    }

    private static YamlMappingNode Inputs(IReadOnlyList<WorkflowInput> inputs, bool call)
    {
        var node = new YamlMappingNode();
        foreach (var input in inputs)
        {
            // workflow_call has no choice type: the caller passes the choice as a string.
            var type = input.Type == WorkflowInputType.Choice && call ? WorkflowInputType.String : input.Type;
            var entry = new YamlMappingNode { { "description", Text(input.Description) }, { "required", Flag(input.Required) } };
            entry.Put("type", type.ToString().ToLowerInvariant());
            if (input.Default is { } value)
            {
                entry.Put("default", type is WorkflowInputType.Boolean or WorkflowInputType.Number ? new YamlScalarNode(value) { Style = YamlDotNet.Core.ScalarStyle.Plain } : Text(value));
            }

            if (type == WorkflowInputType.Choice)
            {
                entry.Put("options", List(input.Options));
            }

            node.Add(input.Name, entry);
        }

        return node;
    }

    private static YamlMappingNode Filters(params (string Key, IReadOnlyList<string> Values)[] filters)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, values) in filters.Where(f => f.Values.Count > 0))
        {
            mapping.Add(key, List(values));
        }

        return mapping;
    }

    private static YamlMappingNode Permissions(IEnumerable<KeyValuePair<string, AccessLevel>> permissions) =>
        SortedMap(permissions.Select(p => KeyValuePair.Create(p.Key, p.Value switch
        {
            AccessLevel.Write => "write",
            AccessLevel.Read => "read",
            _ => "none",
        })));

    private static YamlMappingNode Concurrency(string group, string cancelInProgress) => new()
    {
        { "group", Text(group) },
        { "cancel-in-progress", cancelInProgress is "true" or "false" ? Flag(string.Equals(cancelInProgress, "true", StringComparison.Ordinal)) : Text(cancelInProgress) },
    };

    private static YamlMappingNode Job(Pipeline pipeline, PipelineJob job, StepWriter steps)
    {
        var node = new YamlMappingNode();
        node.Put("name", job.DisplayName);
        if (job.Needs.Count > 0)
        {
            node.Put("needs", List(job.Needs));
        }

        if (Condition(job) is { } condition)
        {
            node.Put("if", condition);
        }

        node.Put("runs-on", job.Runner);
        node.Put("timeout-minutes", Number(job.TimeoutMinutes));
        if (job.Permissions.Count > 0)
        {
            // A job-level block replaces the workflow's, so it carries the defaults plus the job's extras.
            var merged = new Dictionary<string, AccessLevel>(pipeline.Permissions, StringComparer.Ordinal);
            foreach (var (scope, level) in job.Permissions)
            {
                merged[scope] = level;
            }

            node.Put("permissions", Permissions(merged));
        }

        if (job.SerializationGroup is { } group)
        {
            node.Put("concurrency", Concurrency(group, "false"));
        }

        var environment = job.Environment.Concat(job.Secrets.Select(s => KeyValuePair.Create(s.Key, $"${{{{ secrets.{s.Value} }}}}"))).ToList();
        if (environment.Count > 0)
        {
            node.Put("env", SortedMap(environment));
        }

        node.Put("steps", new YamlSequenceNode(job.Gate ? GateSteps() : Steps(job, pipeline.Triggers, steps)));
        return node;
    }

    private static string? Condition(PipelineJob job)
    {
        var parts = new List<string>();
        if (job.Gate)
        {
            // Runs when a need failed, so the gate reports the failure instead of being skipped; not after cancellation.
            parts.Add("!cancelled()");
        }

        if (job.Rules.Count > 0 && !job.Rules.Any(r => r.Ref == RuleRef.Any))
        {
            var rules = job.Rules.Select(RuleCondition).Distinct(StringComparer.Ordinal).ToList();
            parts.Add(rules.Count == 1 ? rules[0] : string.Join(" || ", rules.Select(r => $"({r})")));
        }
        var condition = string.Join(" && ", parts.Where(p => p.Length > 0));
        return condition.Length == 0 ? null : condition;
    }

    private static string RuleCondition(JobRule rule) => rule.Ref switch
    {
        RuleRef.MergeRequest => "github.event_name == 'pull_request'",
        RuleRef.Branch => rule.Pattern is { } branch && branch.IndexOfAny(['*', '?', '[']) < 0
            ? $"github.ref == 'refs/heads/{branch}'"
            : "startsWith(github.ref, 'refs/heads/')", // globs are the workflow trigger's business
        RuleRef.DefaultBranch => "github.ref_name == github.event.repository.default_branch",
        RuleRef.Tag => rule.Pattern is { } tag && tag.IndexOfAny(['*', '?', '[']) < 0
            ? $"github.ref == 'refs/tags/{tag}'"
            : "startsWith(github.ref, 'refs/tags/')",
        RuleRef.Schedule => "github.event_name == 'schedule'",
        RuleRef.Manual => "github.event_name == 'workflow_dispatch'",
        _ => "true",
    };

    private static IEnumerable<YamlNode> GateSteps()
    {
        yield return new YamlMappingNode
        {
            { "name", Text("Check needed jobs") },
            { "env", new YamlMappingNode { { "NEEDS_RESULTS", Text("${{ join(needs.*.result, ' ') }}") } } },
            {
                "run", Text("for result in $NEEDS_RESULTS; do\n" +
                    "  if [ \"$result\" != success ]; then\n" +
                    "    echo \"::error::A needed job ended with '$result'; every needed job must succeed.\"\n" +
                    "    exit 1\n" +
                    "  fi\n" +
                    "done\n")
            },
        };
    }

    private static IEnumerable<YamlNode> Steps(PipelineJob job, PipelineTriggers triggers, StepWriter steps)
    {
        var checkout = new YamlMappingNode { { "persist-credentials", Flag(false) } };
        if (triggers.TagInput is { } tag)
        {
            checkout.Put("ref", $"${{{{ inputs.{tag} || github.ref }}}}"); // a caller's tag, else the pushed ref
        }

        if (job.Setup.OfType<FullGitHistorySetup>().Any())
        {
            checkout.Put("fetch-depth", Number(0));
        }

        yield return steps.Uses("Check out", "actions/checkout", checkout);
        var caches = new List<string>();
        foreach (var setup in job.Setup.OrderBy(s => s.Order))
        {
            foreach (var step in SetupSteps(setup, steps, caches))
            {
                yield return step;
            }
        }

        foreach (var download in job.Downloads)
        {
            yield return steps.Uses($"Download artifact {download.Name}", "actions/download-artifact", new YamlMappingNode
            {
                { "name", Text(download.Name) },
                { "path", Text($"{ArtifactDirectory}/{download.Name}") },
            });
            yield return Run($"Unpack artifact {download.Name}", $"tar -xf \"$RUNNER_TEMP/slipway-artifacts/{download.Name}/{download.Name}.tar\"");
        }

        foreach (var step in job.Steps)
        {
            yield return Run(step.Name, step.Script);
        }

        var run = Run("Run", job.Command);
        if (caches.Count > 0)
        {
            // The run records what each cache step restored: 'true' exact key, 'false' a restore key, '' nothing.
            run.Put("env", new YamlMappingNode { { CacheHitsVariable, Text(string.Join(' ', caches.Select(c => $"{c}=${{{{ steps.{c}.outputs.cache-hit }}}}"))) } });
        }

        yield return run;
        foreach (var upload in job.Uploads)
        {
            // One tar keeps executable bits and hidden files, which upload-artifact would drop.
            var tar = $"tar -cf \"$RUNNER_TEMP/slipway-artifacts/{upload.Name}.tar\" -- {string.Join(' ', upload.Paths.Select(Shell.Quote))}";
            var pack = Run($"Pack artifact {upload.Name}", "mkdir -p \"$RUNNER_TEMP/slipway-artifacts\"\n" +
                (upload.EvenIfJobFails ? $"if [ -e {string.Join(" ] && [ -e ", upload.Paths.Select(Shell.Quote))} ]; then\n  {tar}\nfi" : tar));
            var store = steps.Uses($"Upload artifact {upload.Name}", "actions/upload-artifact", new YamlMappingNode
            {
                { "name", Text(upload.Name) },
                { "path", Text($"{ArtifactDirectory}/{upload.Name}.tar") },
                { "retention-days", Number(upload.RetentionDays) },
                { "if-no-files-found", Text(upload.EvenIfJobFails ? "ignore" : "error") },
            });
            if (upload.EvenIfJobFails)
            {
                // Reports matter most when the job failed; a run that stopped before writing them uploads nothing.
                pack.Children.Insert(1, new YamlScalarNode("if"), Text("always()"));
                store.Children.Insert(1, new YamlScalarNode("if"), Text("always()"));
            }

            yield return pack;
            yield return store;
        }
    }

    private static IEnumerable<YamlMappingNode> SetupSteps(SetupRequirement setup, StepWriter steps, List<string> caches)
    {
        switch (setup)
        {
            case DotNetSetup dotNet:
                var nuget = Flag(true);
                if (dotNet.ProgramCache is { } program)
                {
                    // Keyed on build.sh's own source hash: a hit starts the program as is, so NuGet packages are not needed.
                    var hash = steps.Run("Hash the build sources", $"echo \"hash=$({program.HashCommand})\" >> \"$GITHUB_OUTPUT\"", "build-sources");
                    yield return hash;
                    yield return steps.Uses("Cache the build program", "actions/cache", new YamlMappingNode
                    {
                        { "path", Text(program.Path) },
                        { "key", Text("slipway-build-program-${{ runner.os }}-${{ steps.build-sources.outputs.hash }}") },
                    }, "build-program");
                    caches.Add("build-program");
                    nuget = Text("${{ steps.build-program.outputs.cache-hit != 'true' }}");
                }

                yield return steps.Uses("Set up .NET", "actions/setup-dotnet", new YamlMappingNode
                {
                    { "global-json-file", Text(dotNet.GlobalJsonFile) },
                    { "cache", nuget },
                    { "cache-dependency-path", Text(string.Join('\n', dotNet.CacheKeyFiles)) },
                }, "nuget");
                caches.Add("nuget");
                break;
            case GoSetup go:
                // setup-go's own cache keeps module and build caches under one key it saves once; the build cache must
                // refresh, so caching is off here and two cache steps follow (modules by dependency file, build by commit).
                yield return steps.Uses("Set up Go", "actions/setup-go", new YamlMappingNode
                {
                    { go.Version is null ? "go-version-file" : "go-version", Text(go.Version ?? go.VersionFile) },
                    { "cache", Flag(false) },
                });
                yield return steps.Uses("Cache Go modules", "actions/cache", new YamlMappingNode
                {
                    { "path", Text("~/go/pkg/mod") },
                    { "key", Text($"go-mod-${{{{ runner.os }}}}-${{{{ runner.arch }}}}-${{{{ hashFiles('{go.CacheDependencyPath}') }}}}") },
                    { "restore-keys", Text("go-mod-${{ runner.os }}-${{ runner.arch }}-") },
                }, "go-modules");
                caches.Add("go-modules");
                var version = go.Version ?? $"${{{{ hashFiles('{go.VersionFile}') }}}}";
                var build = $"go-build-${{{{ runner.os }}}}-${{{{ runner.arch }}}}-{version}-${{{{ github.job }}}}-";
                yield return steps.Uses("Cache Go builds", "actions/cache", new YamlMappingNode
                {
                    { "path", Text("~/.cache/go-build") },
                    { "key", Text(build + "${{ github.sha }}") },
                    { "restore-keys", Text(build) },
                }, "go-build");
                caches.Add("go-build");
                break;
            case GoReleaserSetup goReleaser:
                yield return steps.Uses("Install GoReleaser", "goreleaser/goreleaser-action", new YamlMappingNode
                {
                    { "distribution", Text(goReleaser.Distribution) },
                    { "version", Text(goReleaser.Version) },
                    { "install-only", Flag(true) },
                });
                break;
            case MiseToolsSetup mise:
                var with = new YamlMappingNode
                {
                    { "install_args", Text(string.Join(' ', mise.Tools)) },
                    { "cache", Flag(true) },
                };
                if (mise.Versions.Count > 0)
                {
                    with.Add("mise_toml", Text("[tools]\n" + string.Concat(mise.Versions.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} = \"{v.Value}\"\n"))));
                }

                yield return steps.Uses("Install " + string.Join(", ", mise.Tools), "jdx/mise-action", with);
                break;
            case QemuSetup qemu:
                yield return steps.Uses("Set up QEMU", "docker/setup-qemu-action", new YamlMappingNode
                {
                    { "platforms", Text(string.Join(',', qemu.Platforms)) },
                });
                break;
            case DockerBuildxSetup:
                yield return steps.Uses("Set up Docker Buildx", "docker/setup-buildx-action", with: null);
                break;
            case RegistryLoginSetup login:
                yield return steps.Uses($"Log in to {login.Registry}", "docker/login-action", new YamlMappingNode
                {
                    { "registry", Text(login.Registry) },
                    { "username", Text(login.Username) },
                    { "password", Text($"${{{{ secrets.{login.PasswordSecret} }}}}") },
                });
                break;
            default:
                break; // FullGitHistorySetup is the checkout step's fetch-depth.
        }
    }

    /// <summary>Writes action steps from the facts' pins, recording each input the pinned major does not have.</summary>
    private sealed class StepWriter(ActionCatalog actions, string where, List<string> problems)
    {
        internal YamlMappingNode Run(string name, string script, string id) => new() { { "name", Text(name) }, { "id", Text(id) }, { "run", Text(script) } };

        internal YamlMappingNode Uses(string name, string action, YamlMappingNode? with, string? id = null)
        {
            var inputs = with?.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "") ?? [];
            var found = actions.CheckStep(action, inputs, $"{where}, step '{name}'");
            problems.AddRange(found);
            var step = new YamlMappingNode { { "name", Text(name) } };
            if (id is not null)
            {
                step.Put("id", id);
            }

            step.Put("uses", Text(actions.Actions.TryGetValue(action, out var facts) ? facts.Reference : action));
            if (with is not null)
            {
                step.Put("with", with);
            }

            return step;
        }
    }

    private static YamlMappingNode Run(string name, string script) => new() { { "name", Text(name) }, { "run", Text(script) } };

    /// <summary>The variable that tells the run what its caches restored, <c>name=result</c> separated by spaces.</summary>
    public const string CacheHitsVariable = "SLIPWAY_CACHE_HITS";
}
