using Slipway.Pipelines.Model;

namespace Slipway.Pipelines.Validation;

/// <summary>A pipeline model that cannot be written; the message lists every problem, each with what to do.</summary>
public sealed class PipelineValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="pipeline"/> with its <paramref name="problems"/>.</summary>
    public PipelineValidationException(Pipeline pipeline, IReadOnlyList<string> problems)
        : base($"Pipeline '{pipeline?.Name}' ({pipeline?.FilePath}) is invalid:\n" + string.Join('\n', (problems ?? []).Select(p => "  - " + p)))
    {
        Problems = problems ?? [];
    }

    /// <summary>The problems found, one sentence each, naming the job and the fix.</summary>
    public IReadOnlyList<string> Problems { get; }
}
