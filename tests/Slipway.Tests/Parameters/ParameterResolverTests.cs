using Slipway.Parameters;
using Slipway.Tests.TestBuilds;

namespace Slipway.Tests.Parameters;

public sealed class ParameterResolverTests : IDisposable
{
    private static readonly IReadOnlyList<BuildParameter> Parameters = BuildParameter.Discover(typeof(ParameterBuild));
    private readonly TempDirectory _directory = TempDirectory.ForBuild();

    public void Dispose() => _directory.Dispose();

    private static Dictionary<string, IReadOnlyList<string>> Cli(params (string Name, string[] Tokens)[] entries) =>
        entries.ToDictionary(e => e.Name, e => (IReadOnlyList<string>)e.Tokens, StringComparer.OrdinalIgnoreCase);

    private IReadOnlyDictionary<string, ParameterValue> Resolve(
        Dictionary<string, IReadOnlyList<string>>? cli = null, Dictionary<string, string>? env = null, string? file = null)
    {
        var path = _directory.Combine(".nuke/parameters.json");
        if (file is not null)
        {
            File.WriteAllText(path, file);
        }

        return ParameterResolver.Resolve(Parameters, cli ?? Cli(), env ?? new Dictionary<string, string>(StringComparer.Ordinal), path);
    }

    private static Dictionary<string, string> Env(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    [Fact]
    public void Names_have_kebab_and_upper_snake_forms()
    {
        var parameter = Parameters.Single(p => p.Name == "RegistryPassword");

        Assert.Equal("--registry-password", parameter.OptionName);
        Assert.Equal("REGISTRY_PASSWORD", parameter.EnvironmentName);
        Assert.True(parameter.IsSecret);
        Assert.Equal("ci-image", ParameterNames.ToKebabCase("CIImage"));
        Assert.Equal("goreleaser-config", ParameterNames.ToKebabCase("GoReleaserConfig"));
        Assert.Equal("GORELEASER_ARGS", ParameterNames.ToUpperSnakeCase("GoReleaserArgs"));
        Assert.Equal("gitlab-token", ParameterNames.ToKebabCase("GitLabToken"));
    }

    [Fact]
    public void Command_line_value_is_used()
    {
        var value = Resolve(cli: Cli(("Registry", ["ghcr.io"])))["Registry"];

        Assert.Equal("ghcr.io", value.Value);
        Assert.Equal(ParameterSource.CommandLine, value.Source);
        Assert.Equal("--registry", value.Origin);
    }

    [Theory]
    [InlineData("Registry")]
    [InlineData("REGISTRY")]
    [InlineData("registry")]
    [InlineData("SLIPWAY_REGISTRY")]
    [InlineData("NUKE_REGISTRY")]
    [InlineData("NUKE_Registry")]
    public void Environment_variable_forms_are_found(string name)
    {
        var value = Resolve(env: Env((name, "ghcr.io")))["Registry"];

        Assert.Equal("ghcr.io", value.Value);
        Assert.Equal(ParameterSource.Environment, value.Source);
        Assert.Equal("$" + name, value.Origin);
    }

    [Fact]
    public void Environment_matching_ignores_case_and_underscores()
    {
        var value = Resolve(env: Env(("registry_password", "x"), ("Slipway_Registry_Password", "y")))["RegistryPassword"];

        Assert.Equal("$Slipway_Registry_Password", value.Origin); // Ordinal order decides between lenient matches.
    }

    [Fact]
    public void Exact_environment_name_wins_over_lenient_matches()
    {
        var value = Resolve(env: Env(("REGISTRY", "snake"), ("Registry", "exact")))["Registry"];

        Assert.Equal("exact", value.Value);
    }

    [Fact]
    public void Parameters_file_is_read()
    {
        var value = Resolve(file: """{ "$schema": "x", "registry": "file.io", "Platforms": ["linux/amd64", "linux/arm64"], "Workers": 7 }""");

        Assert.Equal("file.io", value["Registry"].Value);
        Assert.Equal(ParameterSource.ParametersFile, value["Registry"].Source);
        Assert.Equal(["linux/amd64", "linux/arm64"], (string[])value["Platforms"].Value!);
        Assert.Equal(7, value["Workers"].Value);
    }

    [Fact]
    public void Precedence_is_command_line_then_environment_then_file_then_default()
    {
        const string file = """{ "Registry": "file", "Workers": 1, "Stage": "production" }""";
        var all = Resolve(Cli(("Registry", ["cli"])), Env(("REGISTRY", "env"), ("WORKERS", "2")), file);

        Assert.Equal("cli", all["Registry"].Value);
        Assert.Equal(2, all["Workers"].Value);
        Assert.Equal(DeployStage.Production, all["Stage"].Value);
        Assert.Equal(ParameterSource.Default, all["Timeout"].Source);
        Assert.Null(all["Timeout"].Value);
    }

    [Fact]
    public void Values_are_converted_to_the_declared_types()
    {
        var values = Resolve(Cli(
            ("Workers", ["12"]),
            ("Publish", []),
            ("Stage", ["pre-production"]),
            ("Timeout", ["90s"]),
            ("Platforms", ["linux/amd64,linux/arm64", "linux/s390x"]),
            ("Ports", ["80", "443"])));

        Assert.Equal(12, values["Workers"].Value);
        Assert.Equal(true, values["Publish"].Value); // A bare flag means true.
        Assert.Equal(DeployStage.PreProduction, values["Stage"].Value);
        Assert.Equal(TimeSpan.FromSeconds(90), values["Timeout"].Value);
        Assert.Equal(["linux/amd64", "linux/arm64", "linux/s390x"], (string[])values["Platforms"].Value!);
        Assert.Equal([80, 443], (int[])values["Ports"].Value!);
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    public void Bool_values_are_read_leniently(string text, bool expected) =>
        Assert.Equal(expected, ValueConverter.Convert([text], typeof(bool)));

    [Theory]
    [InlineData("250ms", 0.25)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("00:01:30", 90)]
    public void Durations_accept_units_and_clock_form(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ValueConverter.Convert([text], typeof(TimeSpan)));

    [Fact]
    public void Conversion_error_names_parameter_value_source_and_expected_type()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Resolve(env: Env(("WORKERS", "many"))));

        Assert.Contains("--workers", error.Message, StringComparison.Ordinal);
        Assert.Contains("$WORKERS", error.Message, StringComparison.Ordinal);
        Assert.Contains("'many'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Expected: whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_error_lists_the_accepted_values()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Resolve(Cli(("Stage", ["staging"]))));

        Assert.Contains("--stage from --stage", error.Message, StringComparison.Ordinal);
        Assert.Contains("development|pre-production|production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conversion_error_of_a_secret_does_not_show_the_value()
    {
        var parameters = BuildParameter.Discover(typeof(SecretNumberBuild));
        var error = Assert.Throws<BuildConfigurationException>(() => ParameterResolver.Resolve(
            parameters, Cli(), Env(("PIN", "hunter2-not-a-number")), null));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.Contains("--pin from $PIN", error.Message, StringComparison.Ordinal);
        Assert.Contains("(secret)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_parameters_file_is_a_clear_error()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Resolve(file: "{ \"Registry\": \"x\",\n  \"Workers\": }"));

        Assert.Contains("parameters.json is not valid JSON (line 2)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_file_must_hold_an_object()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Resolve(file: "[1, 2]"));

        Assert.Contains("must hold a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_in_parameters_file_suggests_the_closest_parameter()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => Resolve(file: """{ "Registy": "x" }"""));

        Assert.Contains("sets 'Registy', which is not a parameter of this build", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean Registry", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>A secret of a type that can fail to convert.</summary>
public sealed class SecretNumberBuild : SlipwayBuild
{
    [Parameter("PIN")]
    [Secret]
    public int Pin { get; set; }
}
