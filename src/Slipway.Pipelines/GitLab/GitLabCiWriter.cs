using System.Globalization;
using System.Text;
using Slipway.Pipelines.Environment;
using Slipway.Pipelines.Model;
using Slipway.Pipelines.Validation;
using YamlDotNet.RepresentationModel;
using static Slipway.Pipelines.Yaml.YamlDocumentWriter;

namespace Slipway.Pipelines.GitLab;

/// <summary>
/// Writes a <see cref="Pipeline"/> as a <c>.gitlab-ci.yml</c>: a <c>needs</c> DAG in GitLab's default stage (so no
/// <c>stages:</c> list is needed), workflow rules from the triggers, caches inside <c>$CI_PROJECT_DIR</c>.
/// </summary>
public static class GitLabCiWriter
{
    /// <summary>Go paths inside the project directory, where GitLab can cache them.</summary>
    private static readonly KeyValuePair<string, string>[] GoVariables =
    [
        new("GOPATH", "$CI_PROJECT_DIR/.go"),
        new("GOMODCACHE", "$CI_PROJECT_DIR/.go/pkg/mod"),
        new("GOCACHE", "$CI_PROJECT_DIR/.go/cache"),
    ];

    /// <summary>TLS connection to the Docker-in-Docker service (its alias is <c>docker</c>).</summary>
    private static readonly KeyValuePair<string, string>[] DockerVariables =
    [
        new("DOCKER_HOST", "tcp://docker:2376"),
        new("DOCKER_TLS_CERTDIR", "/certs"),
        new("DOCKER_TLS_VERIFY", "1"),
        new("DOCKER_CERT_PATH", "/certs/client"),
    ];

    /// <summary>Writes <paramref name="pipeline"/> against the facts shipped with Slipway.</summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid, or a job cannot run in its image.</exception>
    public static string Write(Pipeline pipeline) => Write(pipeline, EnvironmentFacts.Default);

    /// <summary>
    /// Validates <paramref name="pipeline"/> (structure, and every job's needs against its image, service and set-up
    /// as <paramref name="facts"/> describe them) and returns the GitLab CI file text: fixed key order, LF endings, a
    /// generated-file header, trailing newline; the same model always gives the same bytes.
    /// </summary>
    /// <exception cref="PipelineValidationException">The pipeline is invalid, or a job's needs are not met.</exception>
    public static string Write(Pipeline pipeline, EnvironmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(facts);
        PipelineValidator.Validate(pipeline);
        var problems = pipeline.Jobs.SelectMany(job => EnvironmentCheck.Problems(pipeline, job, GitLabJobEnvironment.For(pipeline, job, facts), GitLabJobEnvironment.IsPredefined)).ToList();
        problems.AddRange(GitLabCiImageChecks.Problems(pipeline));
        problems.AddRange(ReleaseGating.Problems(pipeline));
        if (problems.Count > 0)
        {
            throw new PipelineValidationException(pipeline, problems);
        }

        var root = new YamlMappingNode();
        root.Put("workflow", new YamlMappingNode { { "rules", new YamlSequenceNode(WorkflowRules(pipeline.Triggers, pipeline.GitLab.ProtectedRefVariables)) } });
        if (pipeline.GitLab.DefaultImage is { } image)
        {
            root.Put("default", new YamlMappingNode { { "image", Text(image) } });
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var setups = pipeline.Jobs.SelectMany(j => j.Setup).ToList();
        AddAll(variables, setups.OfType<GoSetup>().Any() ? GoVariables : []);
        AddAll(variables, setups.OfType<DotNetSetup>().Any() ? [new("NUGET_PACKAGES", "$CI_PROJECT_DIR/.nuget/packages")] : []);
        AddAll(variables, pipeline.Environment);
        if (variables.Count > 0)
        {
            root.Put("variables", SortedMap(variables));
        }

        var jobsById = pipeline.Jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
        foreach (var job in pipeline.Jobs)
        {
            root.Add(job.Id, Job(pipeline, job, jobsById));
        }

        return Render(root);
    }

    private static void AddAll(Dictionary<string, string> target, IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach (var (key, value) in entries)
        {
            target[key] = value;
        }
    }

    private static IEnumerable<YamlNode> WorkflowRules(PipelineTriggers triggers, IReadOnlyDictionary<string, string> protectedVariables)
    {
        foreach (var rule in TriggerRules(triggers))
        {
            // Merge requests run the source branch's code, protected or not: they always keep the unprotected values.
            if (protectedVariables.Count > 0 && !rule.Condition.StartsWith("$CI_PIPELINE_SOURCE == \"merge_request_event\"", StringComparison.Ordinal))
            {
                var guarded = Rule($"{rule.Condition} && $CI_COMMIT_REF_PROTECTED == \"true\"", rule.Changes);
                guarded.Put("variables", SortedMap(protectedVariables));
                yield return guarded;
            }

            yield return Rule(rule.Condition, rule.Changes);
        }
    }

    private static IEnumerable<(string Condition, IReadOnlyList<string> Changes)> TriggerRules(PipelineTriggers triggers)
    {
        if (triggers.PullRequest is { } pullRequest)
        {
            var condition = "$CI_PIPELINE_SOURCE == \"merge_request_event\"";
            var branches = pullRequest.Branches.Count == 0 ? [condition]
                : pullRequest.Branches.Select(b => $"{condition} && {Matches("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME", b)}");
            foreach (var rule in branches)
            {
                yield return (rule, pullRequest.Paths);
            }
        }

        if (triggers.Push is { } push)
        {
            foreach (var branch in push.Branches)
            {
                yield return (Matches("$CI_COMMIT_BRANCH", branch), push.Paths);
            }

            foreach (var tag in push.Tags)
            {
                yield return (Matches("$CI_COMMIT_TAG", tag), push.Paths);
            }

            if (push.Branches.Count == 0 && push.Tags.Count == 0)
            {
                yield return ("$CI_PIPELINE_SOURCE == \"push\"", push.Paths);
            }
        }

        if (triggers.Schedules.Count > 0)
        {
            // GitLab keeps schedules (and their cron) in the project settings, not in the file.
            yield return ("$CI_PIPELINE_SOURCE == \"schedule\"", []);
        }

        if (triggers.Manual)
        {
            yield return ("$CI_PIPELINE_SOURCE == \"web\"", []);
        }
    }

    private static YamlMappingNode Rule(string? condition, IReadOnlyList<string> changes)
    {
        var rule = new YamlMappingNode();
        if (condition is not null)
        {
            rule.Put("if", condition);
        }

        if (changes.Count > 0)
        {
            rule.Put("changes", List(changes));
        }

        return rule;
    }

    /// <summary>A rule expression matching <paramref name="variable"/> against a GitHub-style glob.</summary>
    private static string Matches(string variable, string glob)
    {
        if (glob.StartsWith('$'))
        {
            return $"{variable} == {glob}"; // A variable such as $CI_DEFAULT_BRANCH: quoting it would compare with its name.
        }

        if (glob.IndexOfAny(['*', '?', '[']) < 0)
        {
            return $"{variable} == \"{glob}\"";
        }

        var regex = new StringBuilder("/^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^\\/]*", // GitLab's lexer ends a pattern at an unescaped /, even in brackets
                    '?' => "[^\\/]",
                    '/' => "\\/",
                    _ when ".+()[]{}^$|\\".Contains(c, StringComparison.Ordinal) => "\\" + c,
                    _ => c.ToString(),
                });
            }
        }

        return $"{variable} =~ {regex}$/";
    }

    private static YamlMappingNode Job(Pipeline pipeline, PipelineJob job, Dictionary<string, PipelineJob> jobsById)
    {
        var node = new YamlMappingNode();
        if (job.Gate)
        {
            node.Put("image", pipeline.GitLab.GateImage);
        }
        else if (job.Image is { } image)
        {
            node.Put("image", image);
        }

        node.Put("needs", new YamlSequenceNode(job.Needs.Select(need => (YamlNode)Need(job, jobsById[need]))));
        if (job.Rules.Count > 0)
        {
            // Scheduled and web pipelines run on a branch too: where the file admits them, a job's branch rules match
            // pushes only, so a group without those triggers stays out of them.
            var pushesOnly = pipeline.Triggers.Schedules.Count > 0 || pipeline.Triggers.Manual;
            node.Put("rules", new YamlSequenceNode(job.Rules.Select(rule => JobRule(rule, pushesOnly))));
        }

        var variables = new Dictionary<string, string>(job.Environment, StringComparer.Ordinal);
        // Written even as NAME: $NAME, so the file says which masked, protected CI/CD variables each job reads.
        AddAll(variables, job.Secrets.Select(s => KeyValuePair.Create(s.Key, "$" + s.Value)));
        AddAll(variables, job.Setup.OfType<FullGitHistorySetup>().Any() ? [new("GIT_DEPTH", "0")] : []);
        AddAll(variables, job.Gate ? [new("GIT_STRATEGY", "none")] : []); // a gate reads nothing from the repository
        if (job.Caches.Count > 0)
        {
            // GitLab reports no cache outcome to the job; the build looks at what the cached paths hold when it starts.
            AddAll(variables, [new(CachePathsVariable, string.Join(' ', job.Caches.Select(c => $"{c.Name}={string.Join(',', c.Paths)}")))]);
        }
        if (job.NeedsDockerDaemon)
        {
            node.Put("services", new YamlSequenceNode(new YamlMappingNode
            {
                { "name", Text(pipeline.GitLab.DockerServiceImage) },
                { "alias", Text("docker") },
            }));
            AddAll(variables, DockerVariables);
        }

        if (variables.Count > 0)
        {
            node.Put("variables", SortedMap(variables));
        }

        if (job.Caches.Count > 0)
        {
            node.Put("cache", new YamlSequenceNode(job.Caches.Select(Cache)));
        }

        node.Put("script", new YamlSequenceNode(Script(job).Select(line => (YamlNode)Text(line))));
        var artifacts = new YamlMappingNode();
        if (job.Uploads.Count > 0)
        {
            if (job.Uploads.Count == 1)
            {
                artifacts.Put("name", job.Uploads[0].Name);
            }

            var days = job.Uploads.Max(u => u.RetentionDays);
            artifacts.Put("paths", List(job.Uploads.SelectMany(u => u.Paths)));
            artifacts.Put("expire_in", string.Create(CultureInfo.InvariantCulture, $"{days} {(days == 1 ? "day" : "days")}"));
            if (job.Uploads.Any(u => u.EvenIfJobFails))
            {
                artifacts.Put("when", "always");
            }
        }

        var reports = new YamlMappingNode();
        if (job.DotenvReport is { } dotenv && !job.Gate)
        {
            reports.Put("dotenv", dotenv);
        }

        if (job.Coverage is { } coverage)
        {
            reports.Put("coverage_report", new YamlMappingNode { { "coverage_format", Text("cobertura") }, { "path", Text(coverage.Path) } });
        }

        if (reports.Children.Count > 0)
        {
            artifacts.Put("reports", reports);
        }

        if (artifacts.Children.Count > 0)
        {
            node.Put("artifacts", artifacts);
        }

        if (job.Coverage is { } total)
        {
            node.Put("coverage", total.LogPattern);
        }

        if (job.Interruptible)
        {
            node.Put("interruptible", Flag(true));
        }

        if (job.SerializationGroup is { } group)
        {
            node.Put("resource_group", group);
        }

        node.Put("timeout", string.Create(CultureInfo.InvariantCulture, $"{job.TimeoutMinutes} minutes"));
        return node;
    }

    private static YamlMappingNode Need(PipelineJob job, PipelineJob needed)
    {
        var need = new YamlMappingNode
        {
            { "job", Text(needed.Id) },
            { "artifacts", Flag(job.Downloads.Any(d => string.Equals(d.FromJob, needed.Id, StringComparison.Ordinal))) },
        };
        if (needed.Rules.Count > 0)
        {
            // A needed job removed by its rules would otherwise fail pipeline creation.
            need.Put("optional", Flag(true));
        }

        return need;
    }

    private static YamlNode JobRule(JobRule rule, bool pushesOnly)
    {
        var node = new YamlMappingNode();
        var push = pushesOnly ? "$CI_PIPELINE_SOURCE == \"push\" && " : "";
        var condition = rule.Ref switch
        {
            RuleRef.MergeRequest => "$CI_PIPELINE_SOURCE == \"merge_request_event\"",
            RuleRef.Branch => push + Matches("$CI_COMMIT_BRANCH", rule.Pattern ?? "*"),
            RuleRef.DefaultBranch => push + "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
            RuleRef.Tag => rule.Pattern is { } tag ? Matches("$CI_COMMIT_TAG", tag) : "$CI_COMMIT_TAG",
            RuleRef.Schedule => "$CI_PIPELINE_SOURCE == \"schedule\"",
            RuleRef.Manual => "$CI_PIPELINE_SOURCE == \"web\"",
            _ => null,
        };
        if (condition is not null)
        {
            node.Put("if", condition);
        }

        if (rule.Changes.Count > 0)
        {
            node.Put("changes", rule.CompareTo is { } compareTo
                ? new YamlMappingNode { { "paths", List(rule.Changes) }, { "compare_to", Text(compareTo) } }
                : List(rule.Changes));
        }

        if (rule.When == RuleWhen.Manual)
        {
            node.Put("when", "manual");
            node.Put("allow_failure", Flag(true)); // a manual job must not block the pipeline it is offered in
        }

        return node;
    }

    /// <summary>The variable naming each cache's paths, <c>name=path[,path]</c> separated by spaces; read by the build when it starts.</summary>
    public const string CachePathsVariable = "SLIPWAY_CACHE_PATHS";

    private static YamlNode Cache(PipelineCache cache)
    {
        var node = new YamlMappingNode
        {
            { "key", cache.Key is { } key ? Text(key) : new YamlMappingNode { { "files", List(cache.KeyFiles) }, { "prefix", Text(cache.Name) } } },
        };
        if (cache.FallbackKeys.Count > 0)
        {
            node.Put("fallback_keys", List(cache.FallbackKeys));
        }

        node.Put("paths", List(cache.Paths));
        node.Put("policy", Text(cache.Policy == CachePolicy.PullPush ? "pull-push" : "pull"));
        return node;
    }

    private static IEnumerable<string> Script(PipelineJob job)
    {
        if (job.Gate)
        {
            // GitLab starts a job only when all its needs succeeded, so reaching this line is the gate passing.
            yield return "echo \"Every needed job passed.\"";
            yield break;
        }

        // Job steps prepare the image (e.g. install the docker CLI) so they come before the setup lines that use it.
        foreach (var step in job.Steps)
        {
            yield return step.Script;
        }

        foreach (var setup in job.Setup.OrderBy(s => s.Order))
        {
            switch (setup)
            {
                case QemuSetup qemu:
                    yield return $"docker run --privileged --rm tonistiigi/binfmt --install {Shell.Quote(string.Join(',', qemu.Platforms.Select(p => p.Split('/')[^1])))}";
                    break;
                case DockerBuildxSetup:
                    yield return "docker buildx create --use --driver docker-container";
                    break;
                case RegistryLoginSetup login:
                    yield return $"printf '%s' \"${login.PasswordSecret}\" | docker login --username \"{login.Username}\" --password-stdin \"{login.Registry}\"";
                    break;
                default:
                    break; // .NET, Go and GoReleaser come with the image; history depth is GIT_DEPTH.
            }
        }

        yield return job.Command;
    }
}
