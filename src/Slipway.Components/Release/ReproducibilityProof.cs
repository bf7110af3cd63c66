using Slipway.Clients.GoReleaser;
using Slipway.Components.Go;
using Slipway.Components.Tools;
using Slipway.Hosts;
using Slipway.Tooling;

namespace Slipway.Components.Release;

/// <summary>
/// The opt-in proof behind <see cref="IArtifactParity.ProveReproducibility"/>: the commit is cloned into a scratch
/// directory (another path, so a missing <c>-trimpath</c> shows), the same snapshot is built there, and its dist/ is
/// compared artifact by artifact with the first one. Uncommitted files are not in the clone: the proof is about the commit.
/// </summary>
internal static class ReproducibilityProof
{
    /// <summary>Builds the second snapshot and returns one line per difference.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IArtifactParity build, DistDirectory first, CancellationToken cancellationToken)
    {
        var context = build.Context;
        var top = (await Git(build, build.GoDirectory, ["rev-parse", "--show-toplevel"], cancellationToken)).Trim();
        var commit = (await Git(build, build.GoDirectory, ["rev-parse", "HEAD"], cancellationToken)).Trim();
        if ((await Git(build, build.GoDirectory, ["status", "--porcelain", "--untracked-files=no"], cancellationToken)).Trim().Length > 0)
        {
            context.Log.Warning("The working tree has uncommitted changes: the first build has them, the clone of {Commit} does not, so artifacts may differ for that reason", commit[..8]);
        }

        var clone = Path.Combine(context.TemporaryDirectory, "reproducibility-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await Git(build, context.TemporaryDirectory, ["clone", "--quiet", "--no-checkout", top, clone], cancellationToken);
            await Git(build, clone, ["checkout", "--quiet", "--detach", commit], cancellationToken);
            var directory = Path.Combine(clone, Path.GetRelativePath(top, build.GoDirectory));
            var invocation = SnapshotRunner.Invocation(build);
            context.Log.Information("Reproducibility proof: building {Commit} again in {Directory}", commit[..8], directory);
            await context.Processes.RunAsync(
                new ProcessSpec(build.RequireTool(KnownTools.GoReleaser), invocation.Arguments)
                {
                    WorkingDirectory = directory,
                    Environment = invocation.Environment.ToDictionary(e => e.Key, e => (string?)e.Value, StringComparer.Ordinal),
                },
                cancellationToken);
            var second = DistDirectory.Load(Path.Combine(directory, Path.GetRelativePath(build.GoDirectory, build.DistPath)));
            var differences = ParityComparer.Compare(first, second);
            foreach (var difference in differences)
            {
                context.Annotate(AnnotationSeverity.Error, difference.ToString(), title: "reproducibility");
            }

            if (differences.Count == 0)
            {
                context.Log.Information("Reproducible: a second build of {Commit} at another path has identical artifacts ({Count})", commit[..8],
                    second.Binaries.Count() + second.Archives.Count());
            }

            return [.. differences.Select(d => $"reproducibility (second build of {commit[..8]} in a fresh clone): {d}")];
        }
        finally
        {
            TryDelete(clone);
        }
    }

    private static async Task<string> Git(IArtifactParity build, string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await ToolProcess.RunAsync(build, "git", directory, arguments, cancellationToken);
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed (exit code {result.ExitCode}): {ToolProcess.Tail(result)}. The reproducibility proof needs a git checkout.");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Scratch space under .nuke/temp; a leftover is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Go's module cache files are read-only; a leftover is harmless.
        }
    }
}
