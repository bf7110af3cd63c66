namespace Slipway.Clients.Diagnostics;

/// <summary>One block of a <see cref="CoverProfile"/>.</summary>
/// <param name="File">The file as Go names it (import path and file name).</param>
/// <param name="StartLine">First line.</param>
/// <param name="EndLine">Last line.</param>
/// <param name="Statements">Statements in the block.</param>
/// <param name="Count">How often it ran (0: never).</param>
public sealed record CoverBlock(string File, int StartLine, int EndLine, int Statements, long Count);
