namespace Slipway.Tooling;

/// <summary>One line a process wrote.</summary>
/// <param name="IsError">True for standard error.</param>
/// <param name="Text">The line, without its line break.</param>
public sealed record ProcessOutputLine(bool IsError, string Text);
