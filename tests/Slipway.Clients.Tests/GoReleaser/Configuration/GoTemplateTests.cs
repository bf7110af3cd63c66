using Slipway.Clients.GoReleaser.Configuration.Templates;
using Xunit;

namespace Slipway.Clients.Tests.GoReleaser.Configuration;

public sealed class GoTemplateTests
{
    private static readonly Dictionary<string, object?> Data = new(StringComparer.Ordinal)
    {
        ["ProjectName"] = "tool",
        ["Version"] = "1.2.3",
        ["Os"] = "linux",
        ["Arch"] = "amd64",
        ["Arm"] = "",
        ["Amd64"] = "v1",
        ["IsSnapshot"] = false,
        ["Env"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["REGISTRY"] = "quay.io" },
    };

    [Theory]
    [InlineData("{{ .ProjectName }}_{{ .Version }}", "tool_1.2.3")]
    [InlineData("{{.Os}}-{{ title .Os }}-{{ toupper .Arch }}", "linux-Linux-AMD64")]
    [InlineData("{{ if eq .Arch \"amd64\" }}x86_64{{ else if eq .Arch \"386\" }}i386{{ else }}{{ .Arch }}{{ end }}", "x86_64")]
    [InlineData("a{{ with .Arm }}v{{ . }}{{ end }}b", "ab")]
    [InlineData("{{ if not (eq .Amd64 \"v1\") }}{{ .Amd64 }}{{ end }}", "")]
    [InlineData("x_\n  {{- .Os }}_\n  {{- .Arch -}}\n  _y", "x_linux_amd64_y")]
    [InlineData("{{ .Os | title }}", "Linux")]
    [InlineData("{{ replace .Version \".\" \"-\" }}", "1-2-3")]
    [InlineData("{{ trimprefix \"v1.2.3\" \"v\" }}", "1.2.3")]
    [InlineData("{{ envOrDefault \"IMAGE\" \"ghcr.io/a/b\" }}", "ghcr.io/a/b")]
    [InlineData("{{ .Env.REGISTRY }}/a", "quay.io/a")]
    [InlineData("{{ printf \"%s-SNAPSHOT-%s\" .Version \"abc\" }}", "1.2.3-SNAPSHOT-abc")]
    [InlineData("{{ if not .IsSnapshot }}latest{{ end }}", "latest")]
    [InlineData("{{/* a comment */}}ok", "ok")]
    public void Renders_what_goreleaser_name_templates_use(string template, string expected)
    {
        Assert.Equal(expected, GoTemplate.Render(template, Data));
    }

    [Theory]
    [InlineData("{{ .ShortCommit }}", ".ShortCommit")]
    [InlineData("{{ .Env.MISSING }}", ".Env.MISSING")]
    [InlineData("{{ incpatch .Version }}", "incpatch")]
    [InlineData("{{ range .Arm }}x{{ end }}", "range")]
    [InlineData("{{ if .Os }}x", "without 'end'")]
    [InlineData("{{ .Os ", "unclosed")]
    public void Anything_else_is_an_error_naming_what(string template, string named)
    {
        Assert.Contains(named, Assert.Throws<TemplateException>(() => GoTemplate.Render(template, Data)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_find_environment_variables_and_the_build_clock()
    {
        Assert.Equal([("A", false), ("B", true), ("C", true)],
            TemplateReferences.EnvironmentVariables("{{ .Env.A }} {{ envOrDefault \"B\" \"x\" }} {{ if isEnvSet \"C\" }}{{ end }} .Env.NOT_IN_AN_ACTION"));
        Assert.Equal([".Date", ".Now"], TemplateReferences.BuildTimeFields("{{ .Date }} {{ .CommitDate }} {{ .Now.Format \"2006\" }} {{ .CommitTimestamp }}"));
    }
}
