using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;
using YamlDotNet.RepresentationModel;
using static Slipway.Pipelines.Yaml.YamlDocumentWriter;

namespace Slipway.Pipelines.GitHub;

/// <summary>Writes a <see cref="Pipeline"/> as one GitHub Actions workflow file.</summary>
public static class GitHubActionsWriter
{
    private const string ArtifactDirectory = "${{ runner.temp }}/slipway-artifacts";

    /// <summary>
    /// Validates <paramref name="pipeline"/> and returns the workflow text: fixed key order, LF endings, a generated-file
    /// header, trailing newline; the same model always gives the same bytes.
    /// </summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid, or uses GitLab-only job path rules.</exception>
    public static string Write(Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        PipelineValidator.Validate(pipeline);
        var gitLabOnly = pipeline.Jobs.Where(j => j.ChangedPaths.Count > 0).Select(j =>
            $"Job '{j.Id}' sets ChangedPaths, which GitHub Actions cannot express per job: filter paths in the workflow trigger (PushTrigger.Paths) and clear ChangedPaths.").ToList();
        if (gitLabOnly.Count > 0)
        {
            throw new PipelineValidationException(pipeline, gitLabOnly);
        }

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
            jobs.Add(job.Id, Job(pipeline, job));
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
            on.Put("workflow_dispatch", new YamlMappingNode());
        }

        return on;
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

    private static YamlMappingNode Job(Pipeline pipeline, PipelineJob job)
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

        node.Put("steps", new YamlSequenceNode(job.Gate ? GateSteps() : Steps(job)));
        return node;
    }

    private static string? Condition(PipelineJob job)
    {
        var parts = new List<string>();
        if (job.Gate)
        {
            parts.Add("always()");
        }

        parts.Add(job.OnlyOn switch
        {
            RefFilter.Tags => "startsWith(github.ref, 'refs/tags/')",
            RefFilter.DefaultBranch => "github.ref_name == github.event.repository.default_branch",
            _ => "",
        });
        var condition = string.Join(" && ", parts.Where(p => p.Length > 0));
        return condition.Length == 0 ? null : condition;
    }

    private static IEnumerable<YamlNode> GateSteps()
    {
        // Runs even when a need failed (if: always()), so the gate reports failure instead of being skipped.
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

    private static IEnumerable<YamlNode> Steps(PipelineJob job)
    {
        var checkout = new YamlMappingNode { { "persist-credentials", Flag(false) } };
        if (job.Setup.OfType<FullGitHistorySetup>().Any())
        {
            checkout.Put("fetch-depth", Number(0));
        }

        yield return Uses("Check out", ActionVersions.Checkout, checkout);
        foreach (var setup in job.Setup.OrderBy(s => s.Order))
        {
            if (SetupStep(setup) is { } step)
            {
                yield return step;
            }
        }

        foreach (var download in job.Downloads)
        {
            yield return Uses($"Download artifact {download.Name}", ActionVersions.DownloadArtifact, new YamlMappingNode
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

        yield return Run("Run", job.Command);
        foreach (var upload in job.Uploads)
        {
            // One tar keeps executable bits and hidden files, which upload-artifact would drop.
            var tar = $"tar -cf \"$RUNNER_TEMP/slipway-artifacts/{upload.Name}.tar\" -- {string.Join(' ', upload.Paths.Select(Shell.Quote))}";
            var pack = Run($"Pack artifact {upload.Name}", "mkdir -p \"$RUNNER_TEMP/slipway-artifacts\"\n" +
                (upload.EvenIfJobFails ? $"if [ -e {string.Join(" ] && [ -e ", upload.Paths.Select(Shell.Quote))} ]; then\n  {tar}\nfi" : tar));
            var store = Uses($"Upload artifact {upload.Name}", ActionVersions.UploadArtifact, new YamlMappingNode
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

    private static YamlMappingNode? SetupStep(SetupRequirement setup) => setup switch
    {
        DotNetSetup dotNet => Uses("Set up .NET", ActionVersions.SetupDotNet, new YamlMappingNode
        {
            { "global-json-file", Text(dotNet.GlobalJsonFile) },
            { "cache", Flag(true) },
            { "cache-dependency-path", Text(string.Join('\n', dotNet.CacheKeyFiles)) },
        }),
        GoSetup go => Uses("Set up Go", ActionVersions.SetupGo, new YamlMappingNode
        {
            { "go-version", Text(go.Version) },
            { "cache-dependency-path", Text(go.CacheDependencyPath) },
        }),
        GoReleaserSetup goReleaser => Uses("Install GoReleaser", ActionVersions.GoReleaser, new YamlMappingNode
        {
            { "distribution", Text("goreleaser") },
            { "version", Text(goReleaser.Version) },
            { "install-only", Flag(true) },
        }),
        MiseToolsSetup mise => Uses("Install " + string.Join(", ", mise.Tools), ActionVersions.Mise, new YamlMappingNode
        {
            { "install_args", Text(string.Join(' ', mise.Tools)) },
            { "cache", Flag(true) },
        }),
        QemuSetup qemu => Uses("Set up QEMU", ActionVersions.SetupQemu, new YamlMappingNode
        {
            { "platforms", Text(string.Join(',', qemu.Platforms)) },
        }),
        DockerBuildxSetup => Uses("Set up Docker Buildx", ActionVersions.SetupBuildx, with: null),
        RegistryLoginSetup login => Uses($"Log in to {login.Registry}", ActionVersions.RegistryLogin, new YamlMappingNode
        {
            { "registry", Text(login.Registry) },
            { "username", Text(login.Username) },
            { "password", Text($"${{{{ secrets.{login.PasswordSecret} }}}}") },
        }),
        FullGitHistorySetup => null, // Handled by the checkout step's fetch-depth.
        _ => throw new ArgumentOutOfRangeException(nameof(setup), setup, "Unknown setup requirement."),
    };

    private static YamlMappingNode Uses(string name, string action, YamlMappingNode? with)
    {
        var step = new YamlMappingNode { { "name", Text(name) }, { "uses", Text(action) } };
        if (with is not null)
        {
            step.Put("with", with);
        }

        return step;
    }

    private static YamlMappingNode Run(string name, string script) => new() { { "name", Text(name) }, { "run", Text(script) } };
}
