using NetArchTest.Rules;
using Supervision.Web.Data.Providers;

namespace Supervision.Tests.Architecture;

/// <summary>
/// The dependency rule of docs/architecture.md, checked on the compiled assemblies: each folder of
/// Supervision.Web uses only the folders listed after it, the reading folders (components, API, exports, live
/// push) never touch the database context, and the domain uses nothing but the base library.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Web = "Supervision.Web";

    /// <summary>Top to bottom: a folder may use the folders after it, never one before it.</summary>
    public static readonly string[] Layers =
    [
        "Hosting", "Components", "Api", "ApiReference", "Scaleout", "Orders", "Live", "Export", "Simulation", "Management",
        "Calendar", "Settings", "Ingestion", "Security", "Queries", "Data", "Cli", "Telemetry", "Routing", "Common",
    ];

    /// <summary>The folders that only read: through Queries, never through the database context.</summary>
    public static TheoryData<string> ReadOnlyFolders() => ["Components", "Api", "Export", "Live"];

    /// <summary>The database context, its provider subclasses, its factory and its sets.</summary>
    private static readonly string[] DatabaseAccess =
    [
        typeof(SupervisionDbContext).FullName!,
        typeof(SqliteSupervisionDbContext).FullName!,
        typeof(PostgresSupervisionDbContext).FullName!,
        typeof(IDbContextFactory<>).FullName!,
        typeof(DbSet<>).FullName!,
    ];

    /// <summary>Every folder but the top one, which may use everything.</summary>
    public static TheoryData<string> Folders() => [.. Layers.Skip(1)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_never_uses_a_folder_above_it(string folder)
    {
        var above = Layers.TakeWhile(f => f != folder).Select(f => $"{Web}.{f}").ToArray();
        var result = WebFolder(folder).ShouldNot().HaveDependencyOnAny(above).GetResult();

        Assert.True(result.IsSuccessful, Explain(folder, "uses a folder above it", result));
    }

    [Theory]
    [MemberData(nameof(ReadOnlyFolders))]
    public void A_reading_folder_never_touches_the_database_context(string folder)
    {
        var result = WebFolder(folder).ShouldNot().HaveDependencyOnAny(DatabaseAccess).GetResult();

        Assert.True(result.IsSuccessful, Explain(folder, "touches the DbContext instead of reading through Queries", result));
    }

    [Fact]
    public void The_read_side_uses_only_the_data_layer_common_and_the_domain()
    {
        var others = Layers.Except(["Queries", "Data", "Common"]).Select(f => $"{Web}.{f}").ToArray();
        var result = WebFolder("Queries").ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, Explain("Queries", "uses more than Data, Common and the Domain", result));
    }

    [Fact]
    public void No_component_touches_the_database_context()
    {
        var result = WebFolder("Components")
            .ShouldNot().HaveDependencyOnAny(typeof(SupervisionDbContext).FullName!, "Microsoft.EntityFrameworkCore").GetResult();

        Assert.True(result.IsSuccessful, Explain("Components", "touch the DbContext", result));
    }

    [Fact]
    public void The_domain_uses_nothing_outside_the_base_library()
    {
        var result = Types.InAssembly(typeof(Ratio).Assembly)
            .Should().OnlyHaveDependencyOn("System", "Supervision.Domain", "Microsoft.CodeAnalysis", "<")
            .GetResult();

        Assert.True(result.IsSuccessful, Explain("Supervision.Domain", "uses more than the base library", result));
    }

    private static PredicateList WebFolder(string folder) =>
        Types.InAssembly(typeof(SupervisionDbContext).Assembly).That().ResideInNamespace($"{Web}.{folder}");

    private static string Explain(string folder, string what, TestResult result) =>
        $"{folder} {what}: " + string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName));
}
