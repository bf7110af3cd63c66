namespace Slipway.Components.Tests.CiGeneration.Support;

public sealed record ToolResult(int ExitCode, string Output);
