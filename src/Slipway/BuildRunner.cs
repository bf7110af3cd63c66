using Slipway.Cli;
using Slipway.Execution;
using Slipway.Graph;
using Slipway.Hosts;
using Slipway.Logging;
using Slipway.Parameters;
using Slipway.Planning;
using Slipway.Reporting;

namespace Slipway;

/// <summary>
/// One run of a build, from arguments to exit code: parse, resolve parameters, discover and plan targets, check
/// requirements, execute, summarise. Exit codes: 0 success, 1 a target failed, 2 bad input, 130 cancelled.
/// Holds no global state, so tests run builds side by side.
/// </summary>
public sealed class BuildRunner
{
    private readonly TextWriter _writer;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _workingDirectory;

    /// <summary>Creates a runner writing to <paramref name="writer"/> with the given environment and working directory.</summary>
    public BuildRunner(TextWriter writer, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        _writer = writer;
        _environment = environment;
        _workingDirectory = workingDirectory;
    }

    /// <summary>Runs <paramref name="build"/> with <paramref name="args"/>; returns the exit code.</summary>
    public async Task<int> RunAsync(SlipwayBuild build, IReadOnlyList<string> args, Func<SlipwayBuild, Target>? defaultTarget = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunCheckedAsync(build, args, defaultTarget, cancellationToken);
        }
        catch (BuildConfigurationException ex)
        {
            var message = build.Context?.Secrets.Apply(ex.Message) ?? ex.Message;
            _writer.WriteLine(build.Context?.Host.Annotation(AnnotationSeverity.Error, message) ?? $"error: {message}");
            return 2;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A target property, parameter default or hook threw before any target ran: that is the build's own code.
            var inner = ex is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : ex;
            var message = build.Context?.Secrets.Apply(inner.Message) ?? inner.Message;
            _writer.WriteLine($"error: the build failed while setting up ({inner.GetType().Name}): {message}");
            _writer.WriteLine(build.Context?.Secrets.Apply(inner.StackTrace ?? "") ?? inner.StackTrace);
            return 2;
        }
    }

    private async Task<int> RunCheckedAsync(SlipwayBuild build, IReadOnlyList<string> args, Func<SlipwayBuild, Target>? defaultTarget, CancellationToken cancellationToken)
    {
        var parameters = BuildParameter.Discover(build.GetType());
        var options = CommandLineParser.Parse(args, parameters);
        var root = FindRoot(options.Root);
        var host = HostDetection.Detect(build.GetType(), _environment, root);
        var secrets = new SecretMasker();
        var output = new TargetOutput(_writer, host, secrets, parallel: options.MaxParallel > 1);
        var log = BuildLogger.Create(output, options.Verbosity);
        var context = new BuildContext(root, host, log, output, secrets, _environment, options, cancellationToken);
        build.Context = context;

        context.Parameters = ParameterResolver.Resolve(parameters, options.Parameters, _environment, Path.Combine(root, ".nuke", "parameters.json"));
        foreach (var text in context.Parameters.Values.Where(v => v.Parameter.IsSecret).SelectMany(v => SecretTexts(v.Value)))
        {
            secrets.Add(text);
            if (host.MaskCommand(text) is { } mask)
            {
                output.WriteRaw(mask);
            }
        }

        Inject(build, context.Parameters.Values);
        build.OnBuildInitialized();
        context.Graph = TargetGraph.Discover(build);
        var defaultNode = defaultTarget is null ? null : context.Graph.Find(defaultTarget(build));
        if (options.Help)
        {
            _writer.Write(HelpWriter.Render(context.Graph, defaultNode, context.Parameters));
            return 0;
        }

        var plan = Planner.Plan(context.Graph, new PlanRequest(options.Targets, options.Skip), defaultNode);
        foreach (var forced in options.Force.Where(f => context.Graph.Find(f) is null))
        {
            throw new BuildConfigurationException($"Unknown target '{forced}' in --force." + NameSuggestions.For(forced, context.Graph.Nodes.Select(n => n.Name)));
        }

        if (options.Plan)
        {
            _writer.Write(PlanWriter.Render(plan));
            return 0;
        }

        CheckRequirements(plan, context);
        var caches = CacheProbe.Read(_environment, root); // before any target fills the cached directories
        output.Parallel = options.MaxParallel > 1 && plan.Waves.Any(wave => wave.Count > 1); // Prefix lines only when targets can overlap.
        var executor = new Executor(options.MaxParallel, output, log, options.NoCache ? null : build.CreateUpToDateCheck());
        var result = await executor.RunAsync(plan, cancellationToken);
        output.WriteLine(null, SummaryWriter.Render(result).TrimEnd());
        var timings = TimingsWriter.Create(result, host, caches, CacheProbe.BuildProgram(_environment));
        TimingsWriter.Write(timings, Path.Combine(context.TemporaryDirectory, "timings.json"));
        host.WriteReports(timings, root).ToList().ForEach(w => output.WriteAnnotation(AnnotationSeverity.Warning, w));
        build.OnBuildFinished(result);
        return result.Succeeded ? 0 : result.Cancelled ? 130 : 1;
    }

    private string FindRoot(string? explicitRoot)
    {
        if ((explicitRoot ?? _environment.GetValueOrDefault("SLIPWAY_ROOT")) is { Length: > 0 } given)
        {
            var full = Path.GetFullPath(given, _workingDirectory);
            return Directory.Exists(Path.Combine(full, ".nuke"))
                ? full
                : throw new BuildConfigurationException($"The build root {full} has no .nuke directory. Create it (mkdir {Path.Combine(full, ".nuke")}) or point --root elsewhere.");
        }

        for (var directory = new DirectoryInfo(_workingDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".nuke")))
            {
                return directory.FullName;
            }
        }

        throw new BuildConfigurationException(
            $"Could not find the build root: no .nuke directory in {_workingDirectory} or any parent. Run from inside the repository, create .nuke at its root, or pass --root.");
    }

    // Each element of a list and each line of a multi-line value is masked on its own: they are printed on their own.
    private static IEnumerable<string> SecretTexts(object? value) =>
        (value is Array array ? array.Cast<object>() : value is null ? [] : [value])
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")
            .SelectMany(v => v.Split('\n').Select(l => l.TrimEnd('\r')).Prepend(v))
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private static void Inject(SlipwayBuild build, IEnumerable<ParameterValue> values)
    {
        foreach (var value in values.Where(v => v.Source != ParameterSource.Default && v.Parameter.IsInjected))
        {
            switch (value.Parameter.Member)
            {
                case System.Reflection.FieldInfo field:
                    field.SetValue(build, value.Value);
                    break;
                case System.Reflection.PropertyInfo property:
                    property.SetValue(build, value.Value);
                    break;
            }
        }
    }

    // An int or bool parameter never given keeps default(T), which IsSatisfied cannot tell from a real value.
    private static bool IsUnsetValueParameter(Definition.TargetRequirement requirement, object? value, BuildContext context) =>
        requirement.MemberName is { } name
        && context.Parameters.TryGetValue(name, out var parameter)
        && parameter.Source == ParameterSource.Default
        && parameter.Parameter.Type.IsValueType
        && Nullable.GetUnderlyingType(parameter.Parameter.Type) is null
        && Equals(value, Activator.CreateInstance(parameter.Parameter.Type));

    private static void CheckRequirements(ExecutionPlan plan, BuildContext context)
    {
        var problems = new List<string>();
        foreach (var target in plan.Executing)
        {
            // Each requirement is evaluated once; an unset value-type parameter fails it although default(T) "holds".
            foreach (var requirement in target.Node.Definition.Requirements.Where(r => r.Evaluate() is var value
                && (!Definition.TargetRequirement.Holds(value) || IsUnsetValueParameter(r, value, context))))
            {
                problems.Add(requirement.MemberName is { } name && context.Parameters.TryGetValue(name, out var parameter)
                    ? $"Target {target.Name} requires parameter {parameter.Parameter.OptionName}: pass {parameter.Parameter.OptionName} <value>, set ${parameter.Parameter.EnvironmentName}, or add \"{name}\" to .nuke/parameters.json."
                    : $"Target {target.Name} requires {requirement.Text}, which is false.");
            }

            foreach (var tool in target.Node.Definition.Tools.Where(t => !t.Optional && context.Tools.Locate(t.Name) is null))
            {
                problems.Add($"Target {target.Name} requires '{tool.Name}', which was not found on PATH. {tool.MissingToolAdvice()}");
            }
        }

        if (problems.Count > 0)
        {
            throw new BuildConfigurationException(string.Join("\n", problems.Distinct(StringComparer.Ordinal)));
        }
    }
}
