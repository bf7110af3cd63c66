namespace Slipway.Components.Go;

/// <summary>Which Go modules Test and Lint cover (<c>--go-modules</c>).</summary>
public enum GoModuleSelection
{
    /// <summary>The modules go.work uses when there is one, otherwise every go.mod below the Go directory (the default).</summary>
    Auto,

    /// <summary>The modules go.work uses; an error when there is no go.work.</summary>
    Workspace,

    /// <summary>Every go.mod below the Go directory, skipping the directories the go command skips (<c>testdata</c>, <c>vendor</c>, <c>.x</c>, <c>_x</c>).</summary>
    All,

    /// <summary>Only the module in the Go directory: one <c>go test ./...</c>, as before modules were discovered.</summary>
    Root,
}
