namespace Slipway.Definition;

/// <summary>A condition with its source text, which doubles as the reason shown when it is false.</summary>
/// <param name="Evaluate">The condition.</param>
/// <param name="Text">Its source text.</param>
public sealed record TargetCondition(Func<bool> Evaluate, string Text);
