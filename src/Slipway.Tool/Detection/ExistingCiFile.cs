namespace Slipway.Tool.Detection;

/// <summary>An existing CI file, as read: when it runs and what its jobs do.</summary>
/// <param name="Path">Root-relative path, e.g. <c>.github/workflows/ci.yml</c>.</param>
/// <param name="System">Its CI system.</param>
/// <param name="Triggers">When it runs.</param>
/// <param name="Jobs">Its jobs.</param>
/// <param name="Generated">Whether Slipway generated it (it carries the generated header).</param>
public sealed record ExistingCiFile(string Path, CiSystemKind System, CiTriggers Triggers, IReadOnlyList<CiJob> Jobs, bool Generated = false)
{
    /// <summary>Whether any job has a step of <paramref name="kind"/>.</summary>
    public bool Does(StepKind kind) => Jobs.Any(j => j.Does(kind));

    /// <summary>Every step of every job.</summary>
    public IEnumerable<CiStep> Steps => Jobs.SelectMany(j => j.Steps);
}
