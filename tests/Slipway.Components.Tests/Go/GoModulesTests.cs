using Slipway.Components.Go;
using Xunit;

namespace Slipway.Components.Tests.Go;

/// <summary>Reading go.mod and go.work, and choosing the modules, without running Go.</summary>
public sealed class GoModulesTests : IDisposable
{
    private readonly TempDirectory _root = TempDirectory.ForBuild();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void A_go_work_is_read_with_blocks_single_lines_comments_and_quotes()
    {
        var path = _root.Write("go.work", """
            // Workspace for local development; CI uses the same list.
            go 1.21.5

            toolchain go1.22.2

            use (
            	. // the command
            	"./pkg/sku"
            	./services/ledger
            )

            use ./_examples

            replace example.com/old => ./legacy
            """);

        var file = GoModFile.Read(path);

        Assert.Equal(("1.21.5", "go1.22.2"), (file.Go, file.Toolchain));
        Assert.Equal([".", "./pkg/sku", "./services/ledger", "./_examples"], file.Uses);
        Assert.Null(file.Module);
    }

    [Fact]
    public void A_go_mod_gives_its_module_path_and_toolchain_default_counts_as_none()
    {
        var path = _root.Write("go.mod", "module \"example.com/shop\" // quoted, as go mod edit may write it\n\ngo 1.19\n\ntoolchain default\n\nrequire (\n\tgolang.org/x/text v0.14.0 // indirect\n)\n");

        Assert.Equal(("example.com/shop", "1.19", (string?)null), (GoModFile.Read(path).Module, GoModFile.Read(path).Go, GoModFile.Read(path).Toolchain));
    }

    [Fact]
    public void All_finds_every_go_mod_but_skips_what_the_go_command_skips()
    {
        foreach (var directory in new[] { ".", "api", "internal/tools", "testdata/fixture", "vendor/example.com/x", "_examples", ".cache/m", "node_modules/m" })
        {
            _root.Write($"{directory}/go.mod", $"module example.com/{directory.Replace('.', 'd')}\n\ngo 1.19\n");
        }

        var modules = GoModules.Find(_root.Path, _root.Path, GoModuleSelection.All);

        Assert.Equal([".", "api", "internal/tools"], modules.Select(m => m.RelativePath));
        Assert.All(modules, m => Assert.False(m.OutsideWorkspace));
    }

    [Fact]
    public void Auto_follows_go_work_even_into_a_directory_the_walk_would_skip_and_marks_the_rest_outside()
    {
        foreach (var directory in new[] { ".", "_examples", "tools" })
        {
            _root.Write($"{directory}/go.mod", "module example.com/m\n\ngo 1.19\n");
        }

        _root.Write("go.work", "go 1.19\n\nuse (\n\t.\n\t./_examples\n)\n");

        Assert.Equal([".", "_examples"], GoModules.Find(_root.Path, _root.Path, GoModuleSelection.Auto).Select(m => m.RelativePath));
        var all = GoModules.Find(_root.Path, _root.Path, GoModuleSelection.All);
        Assert.Equal([(".", false), ("tools", true)], all.Select(m => (m.RelativePath, m.OutsideWorkspace)));
        Assert.Equal("off", all[1].Environment["GOWORK"]);
        Assert.Empty(all[0].Environment);
    }

    [Fact]
    public void A_bare_test_file_name_is_placed_in_its_package_directory()
    {
        _root.Write("services/ledger/go.mod", "module example.com/shop/services/ledger\n\ngo 1.19\n");
        var module = Assert.Single(GoModules.Find(_root.Path, _root.Combine("services/ledger"), GoModuleSelection.Root));

        Assert.Equal("services/ledger/internal/store/store_test.go", module.RootRelative(_root.Path, "store_test.go", "example.com/shop/services/ledger/internal/store"));
        Assert.Equal("services/ledger/ledger_test.go", module.RootRelative(_root.Path, "ledger_test.go", "example.com/shop/services/ledger"));
        Assert.Equal("services/ledger/internal/store/store.go", module.RootRelative(_root.Path, "internal/store/store.go", "example.com/shop/services/ledger/internal/store"));
        Assert.Equal("services/ledger/main.go", module.RootRelative(_root.Path, "main.go", "example.com/other"));
        Assert.Null(module.RootRelative(_root.Path, null, "example.com/shop/services/ledger"));
        Assert.Equal("./services/ledger", module.Label);
    }

    [Fact]
    public void No_go_mod_anywhere_is_a_clear_error()
    {
        var error = Assert.Throws<BuildConfigurationException>(() => GoModules.Find(_root.Path, _root.Path, GoModuleSelection.Auto));

        Assert.Contains("There is no Go module in .: no go.mod (and no go.work).", error.Message, StringComparison.Ordinal);
    }
}
