namespace Slipway.Tool.Detection;

/// <summary>One step of an existing CI job: what it does, how it reads, and the tool version it pins, if any.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Text">The action (<c>uses:</c>) or command line, for the report.</param>
/// <param name="Version">The tool version the step sets (an action's <c>version:</c> input), or null.</param>
public sealed record CiStep(StepKind Kind, string Text, string? Version = null);
