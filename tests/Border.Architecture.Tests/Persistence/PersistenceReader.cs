using System.Reflection;
using Border.Architecture.Tests.Assemblies;
using Border.Architecture.Tests.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Border.Architecture.Tests.Persistence;

/// <summary>Reads DbContexts and migrations from the module assemblies and Border.Shared; no database is opened.</summary>
internal static class PersistenceReader
{
    private static readonly Lazy<IReadOnlyList<PersistenceFacts>> Facts = new(ReadAll);

    public static IReadOnlyList<PersistenceFacts> All => Facts.Value;

    private static List<PersistenceFacts> ReadAll() =>
    [
        .. ProjectCatalog.Modules.Select(p => Read(p.Name, isModule: true)),
        Read("Border.Shared", isModule: false),
    ];

    private static PersistenceFacts Read(string project, bool isModule)
    {
        var assembly = ModuleAssemblies.Load(project);
        var types = assembly.GetTypes();
        return new PersistenceFacts(
            project,
            assembly.GetName().Name!,
            isModule,
            [.. types.Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract).Select(DescribeContext)],
            [.. types.Where(t => typeof(Migration).IsAssignableFrom(t) || typeof(ModelSnapshot).IsAssignableFrom(t)).Select(DescribeMigration)]);
    }

    private static DbContextFact DescribeContext(Type type)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        builder.UseNpgsql("Host=never-opened;Database=architecture_tests");
        using var context = (DbContext)Activator.CreateInstance(type, builder.Options)!;

        // The design-time model keeps every relational annotation, the default schema among them.
        var model = context.GetService<IDesignTimeModel>().Model;
        var tables = model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .Select(e => $"{e.GetSchema()}.{e.GetTableName()}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return new DbContextFact(type.FullName!, model.GetDefaultSchema(), [.. tables]);
    }

    private static MigrationFact DescribeMigration(Type type)
    {
        var context = type.GetCustomAttribute<DbContextAttribute>()?.ContextType;
        return new MigrationFact(type.FullName!, typeof(ModelSnapshot).IsAssignableFrom(type), context?.FullName, context?.Assembly.GetName().Name);
    }
}
