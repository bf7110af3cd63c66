namespace Slipway.Pipelines.Model;

/// <summary>
/// The compiled build program kept between runs, keyed on the hash of the sources it is compiled from: a job that
/// restores it starts the program without compiling (<c>build.sh</c> compares the hash it stored with the program).
/// </summary>
/// <param name="Path">Directory of the compiled program, e.g. <c>.nuke/temp/build-bin</c>.</param>
/// <param name="HashCommand">Prints the source hash and compiles nothing, e.g. <c>./build.sh --source-hash</c>.</param>
public sealed record BuildProgramCache(string Path, string HashCommand);
