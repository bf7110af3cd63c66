namespace Slipway.Components.Tests.CiGeneration.Support;

internal sealed record ToolResult(int ExitCode, string Output);
