namespace Slipway.Tests.TestBuilds;

/// <summary>The kinds of values a build parameter can take.</summary>
public enum DeployStage
{
    Development,
    PreProduction,
    Production,
}

/// <summary>One parameter of each supported kind, plus a secret; Show logs the values it received.</summary>
public sealed class ParameterBuild : RecordingBuild
{
    [Parameter("Registry host")]
    public string? Registry { get; set; }

    [Parameter("How many workers")]
    public int Workers { get; set; } = 3;

    [Parameter("Publish as well")]
    public bool Publish { get; set; }

    [Parameter("Where to deploy")]
    public DeployStage Stage { get; set; }

    [Parameter("Give up after")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

    [Parameter("Platforms to build")]
    public string[] Platforms { get; set; } = [];

    [Parameter("Ports to expose")]
    public int[] Ports { get; set; } = [];

    [Parameter("Registry password")]
    [Secret]
    public string? RegistryPassword { get; set; }

    public Target Show => _ => _.Executes(() =>
    {
        Log.Information("registry={Registry} workers={Workers} publish={Publish} stage={Stage} timeout={Timeout}", Registry, Workers, Publish, Stage, Timeout);
        Log.Information("password is {Password}", RegistryPassword);
        Record(nameof(Show));
    });

    public Target Whisper => _ => _.Executes(() => throw new InvalidOperationException($"login failed for {RegistryPassword}"));

    public Target Echo => _ => _.Executes(async () =>
    {
        await Context.Processes.RunAsync(Slipway.Tooling.ProcessSpec.Of("sh", "-c", "echo \"token=$1\"", "sh", RegistryPassword ?? ""));
    });
}
