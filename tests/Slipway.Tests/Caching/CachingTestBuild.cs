using Slipway.Caching;
using Slipway.Execution;

namespace Slipway.Tests.Caching;

/// <summary>A build whose targets declare inputs and outputs; every action appends the target's name to <see cref="Runs"/>.</summary>
internal sealed class CachingTestBuild : SlipwayBuild
{
    private readonly string? _platform;

    public CachingTestBuild(string? platform = null)
    {
        _platform = platform;
    }

    public List<string> Runs { get; } = [];

    [Parameter("A plain parameter")]
    public string? Flavor { get; set; }

    [Parameter("A secret parameter")]
    [Secret]
    public string? Token { get; set; }

    public Target Compile => _ => _
        .Inputs("src/**/*.go", "go.mod", "!src/**/*_test.go")
        .InputVariables("CGO_ENABLED")
        .InputValue("commit", () => Context.Host.Commit)
        .Outputs("dist/")
        .Requires(new ToolRequirement("faketool", "TEST DOUBLE: the test writes it to its bin directory"))
        .Executes(() =>
        {
            Runs.Add(nameof(Compile));
            Directory.CreateDirectory(Context.PathTo("dist"));
            File.WriteAllText(Context.PathTo("dist/app"), "binary");
        });

    public Target Flaky => _ => _
        .Inputs("flaky/*")
        .Executes(() =>
        {
            Runs.Add(nameof(Flaky));
            if (File.ReadAllText(Context.PathTo("flaky/input.txt")).Contains("fail", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("flaky failed as asked");
            }
        });

    public Target Rewrites => _ => _
        .Inputs("self/*.txt")
        .Executes(() =>
        {
            Runs.Add(nameof(Rewrites));
            if (File.ReadAllText(Context.PathTo("self/input.txt")) == "v1")
            {
                File.WriteAllText(Context.PathTo("self/input.txt"), "v2"); // Like a formatter rewriting its own input.
            }
        });

    public Target Plain => _ => _.Executes(() => Runs.Add(nameof(Plain)));

    protected internal override IUpToDateCheck? CreateUpToDateCheck() => new InputHashCache(Context, GetType(), _platform);
}
