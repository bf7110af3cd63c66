namespace Slipway.Tool.Planning;

/// <summary>A target of a Slipway component, written in Build.cs as <c>nameof(Interface.Target)</c>.</summary>
/// <param name="Interface">The component interface that declares it, e.g. <c>ITest</c>.</param>
/// <param name="Name">The target, e.g. <c>Test</c>.</param>
public sealed record TargetRef(string Interface, string Name)
{
    /// <summary><c>Test</c> of <c>ITest</c>.</summary>
    public static readonly TargetRef Test = new("ITest", "Test");

    /// <summary><c>Lint</c> of <c>ILint</c>.</summary>
    public static readonly TargetRef Lint = new("ILint", "Lint");

    /// <summary><c>ValidateRelease</c> (lint, test, snapshot build, Docker dry run, artifact parity).</summary>
    public static readonly TargetRef ValidateRelease = new("IValidateRelease", "ValidateRelease");

    /// <summary><c>Release</c> of <c>IRelease</c>.</summary>
    public static readonly TargetRef Release = new("IRelease", "Release");

    /// <summary><c>BuildCiImage</c> of <c>ICiImage</c>.</summary>
    public static readonly TargetRef BuildCiImage = new("ICiImage", "BuildCiImage");

    /// <summary>The C# expression naming the target.</summary>
    public string NameOf => $"nameof({Interface}.{Name})";
}
