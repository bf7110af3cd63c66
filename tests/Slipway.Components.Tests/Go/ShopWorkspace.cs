using Slipway.Components.Tests.Tools;

namespace Slipway.Components.Tests.Go;

/// <summary>
/// A Go workspace shaped like the monorepos that use go.work: a root module (the <c>shop</c> command), a shared
/// library (<c>pkg/sku</c>) and a service (<c>services/ledger</c>, with an internal package), each with its own
/// go.mod and tests, listed in go.work; and a <c>tools</c> module that go.work leaves out on purpose. Modules
/// import each other through <c>replace</c> directives too, so each also builds on its own (without go.work).
/// Written over a <see cref="GoProject"/> in place of its single-module example.
/// </summary>
internal static class ShopWorkspace
{
    public static void WriteInto(GoProject project)
    {
        File.Delete(project.Combine("go.mod"));
        foreach (var file in Directory.GetFiles(project.Root, "*.go"))
        {
            File.Delete(file);
        }

        project.Write("go.work", "go 1.19\n\nuse (\n\t.\n\t./pkg/sku\n\t./services/ledger\n)\n");
        project.Write("go.mod", """
            module example.com/shop

            go 1.19

            require (
            	example.com/shop/pkg/sku v0.0.0
            	example.com/shop/services/ledger v0.0.0
            )

            replace (
            	example.com/shop/pkg/sku => ./pkg/sku
            	example.com/shop/services/ledger => ./services/ledger
            )

            """);
        project.Write("main.go", """
            // Command shop records stock movements: shop receive TEE-0042 10, shop ship TEE-0042 3.
            package main

            import (
            	"fmt"
            	"os"
            	"strconv"

            	"example.com/shop/pkg/sku"
            	"example.com/shop/services/ledger"
            )

            func main() {
            	if err := run(ledger.New(), os.Args[1:]); err != nil {
            		fmt.Fprintln(os.Stderr, "shop:", err)
            		os.Exit(1)
            	}
            }

            func run(l *ledger.Ledger, args []string) error {
            	if len(args) != 3 {
            		return fmt.Errorf("usage: shop receive|ship SKU QUANTITY")
            	}
            	code, err := sku.Parse(args[1])
            	if err != nil {
            		return err
            	}
            	quantity, err := strconv.Atoi(args[2])
            	if err != nil {
            		return fmt.Errorf("quantity %q: %w", args[2], err)
            	}
            	switch args[0] {
            	case "receive":
            		l.Receive(code, quantity)
            	case "ship":
            		l.Ship(code, quantity)
            	default:
            		return fmt.Errorf("unknown command %q", args[0])
            	}
            	fmt.Printf("%s: %d on hand\n", code, l.OnHand(code))
            	return nil
            }

            """);
        project.Write("main_test.go", """
            package main

            import (
            	"testing"

            	"example.com/shop/services/ledger"
            )

            func TestRunRejectsUnknownCommands(t *testing.T) {
            	if err := run(ledger.New(), []string{"sell", "TEE-0042", "1"}); err == nil {
            		t.Fatal("run accepted an unknown command")
            	}
            }

            """);
        project.Write("pkg/sku/go.mod", "module example.com/shop/pkg/sku\n\ngo 1.19\n");
        project.Write("pkg/sku/sku.go", """
            // Package sku parses stock-keeping unit codes such as TEE-0042.
            package sku

            import (
            	"fmt"
            	"strings"
            )

            // Code is a parsed SKU.
            type Code struct {
            	Family string
            	Number string
            }

            func (c Code) String() string { return c.Family + "-" + c.Number }

            // Parse reads FAMILY-NUMBER, ignoring surrounding space and the family's case.
            func Parse(text string) (Code, error) {
            	family, number, ok := strings.Cut(strings.TrimSpace(text), "-")
            	if !ok || family == "" || number == "" {
            		return Code{}, fmt.Errorf("sku %q: want FAMILY-NUMBER", text)
            	}
            	return Code{Family: strings.ToUpper(family), Number: number}, nil
            }

            """);
        WriteSkuTest(project, "TEE-0042");
        project.Write("services/ledger/go.mod", """
            module example.com/shop/services/ledger

            go 1.19

            require example.com/shop/pkg/sku v0.0.0

            replace example.com/shop/pkg/sku => ../../pkg/sku

            """);
        project.Write("services/ledger/ledger.go", """
            // Package ledger keeps stock movements per SKU.
            package ledger

            import (
            	"example.com/shop/pkg/sku"
            	"example.com/shop/services/ledger/internal/store"
            )

            // Ledger records receipts and shipments.
            type Ledger struct{ moves *store.Moves }

            // New returns an empty ledger.
            func New() *Ledger { return &Ledger{moves: store.New()} }

            // Receive records stock arriving.
            func (l *Ledger) Receive(code sku.Code, quantity int) { l.moves.Add(code.String(), quantity) }

            // Ship records stock leaving.
            func (l *Ledger) Ship(code sku.Code, quantity int) { l.moves.Add(code.String(), -quantity) }

            // OnHand is what is left.
            func (l *Ledger) OnHand(code sku.Code) int { return l.moves.Sum(code.String()) }

            """);
        project.Write("services/ledger/ledger_test.go", """
            package ledger

            import (
            	"testing"

            	"example.com/shop/pkg/sku"
            )

            func TestOnHand(t *testing.T) {
            	l := New()
            	code := sku.Code{Family: "TEE", Number: "0042"}
            	l.Receive(code, 10)
            	l.Ship(code, 3)
            	if got := l.OnHand(code); got != 7 {
            		t.Fatalf("OnHand = %d, want 7", got)
            	}
            }

            """);
        WriteStore(project, "\"%s: %d move(s), %d on hand\", key, len(m.bySKU[key]), m.Sum(key)");
        WriteStoreTest(project, "TEE-0042: 1 move(s), 5 on hand");
        project.Write("tools/go.mod", "module example.com/shop/tools\n\ngo 1.19\n");
        project.Write("tools/skulist/main.go", """
            // Command skulist prints the SKU families the catalogue knows, for go generate.
            package main

            import "fmt"

            var families = []string{"CAP", "MUG", "TEE"}

            func main() {
            	for _, f := range families {
            		fmt.Println(f)
            	}
            }

            """);
        project.Write("tools/skulist/main_test.go", """
            package main

            import (
            	"sort"
            	"testing"
            )

            func TestFamiliesAreSorted(t *testing.T) {
            	if !sort.StringsAreSorted(families) {
            		t.Fatal("families must stay sorted")
            	}
            }

            """);
    }

    /// <summary>Makes one test fail in each nested workspace module (pkg/sku at line 8, services/ledger/internal/store at line 9).</summary>
    public static void BreakNestedTests(GoProject project)
    {
        WriteSkuTest(project, "TEE-0043");
        WriteStoreTest(project, "TEE-0042: 1 move(s), 4 on hand");
    }

    /// <summary>A Sprintf with one argument too many in services/ledger/internal/store/store.go, line 25: go vet reports it.</summary>
    public static void AddVetProblem(GoProject project) =>
        WriteStore(project, "\"%s: %d move(s)\", key, len(m.bySKU[key]), m.Sum(key)");

    private static void WriteSkuTest(GoProject project, string expected) => project.Write("pkg/sku/sku_test.go", $$"""
        package sku

        import "testing"

        func TestParse(t *testing.T) {
        	code, err := Parse(" tee-0042 ")
        	if err != nil || code.String() != "{{expected}}" {
        		t.Errorf("Parse = %v, %v; want {{expected}}", code, err)
        	}
        }

        """);

    private static void WriteStore(GoProject project, string describe) => project.Write("services/ledger/internal/store/store.go", $$$"""
        // Package store holds the ledger's movements in memory.
        package store

        import "fmt"

        // Moves are signed quantities per key.
        type Moves struct{ bySKU map[string][]int }

        // New returns empty moves.
        func New() *Moves { return &Moves{bySKU: map[string][]int{}} }

        // Add records one movement.
        func (m *Moves) Add(key string, delta int) { m.bySKU[key] = append(m.bySKU[key], delta) }

        // Sum is the balance of key.
        func (m *Moves) Sum(key string) (total int) {
        	for _, d := range m.bySKU[key] {
        		total += d
        	}
        	return total
        }

        // Describe is one line for humans.
        func (m *Moves) Describe(key string) string {
        	return fmt.Sprintf({{{describe}}})
        }

        """);

    private static void WriteStoreTest(GoProject project, string expected) => project.Write("services/ledger/internal/store/store_test.go", $$"""
        package store

        import "testing"

        func TestDescribe(t *testing.T) {
        	m := New()
        	m.Add("TEE-0042", 5)
        	if got := m.Describe("TEE-0042"); got != "{{expected}}" {
        		t.Errorf("Describe = %q", got)
        	}
        }

        """);
}
