namespace Slipway.Pipelines.Model;

/// <summary>An extra shell step run after setup and artifact download, before the job's command.</summary>
/// <param name="Name">Step display name.</param>
/// <param name="Script">Shell script (bash); may span lines.</param>
public sealed record RunStep(string Name, string Script);
