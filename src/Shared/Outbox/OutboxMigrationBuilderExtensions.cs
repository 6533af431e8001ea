using Microsoft.EntityFrameworkCore.Migrations;

namespace Border.Shared.Outbox;

public static class OutboxMigrationBuilderExtensions
{
    /// <summary>
    /// Rows written before events had stable names carry the class's assembly-qualified name
    /// ("Border.Cases.Contracts.CaseSubmitted, Border.Cases.Contracts, Version=..."): give each its
    /// stable name so nothing waiting to be sent is stranded. <paramref name="events"/> pairs the class,
    /// as "full name, assembly", with its stable name.
    /// </summary>
    public static void NameOutboxEvents(this MigrationBuilder migrationBuilder, string schema, params (string ClassName, string Name)[] events)
    {
        foreach (var (className, name) in events)
        {
            migrationBuilder.Sql(
                $"UPDATE \"{schema}\".outbox_messages SET type = '{name}' WHERE type = '{className}' OR starts_with(type, '{className},');");
        }
    }

    /// <summary>Undoes <see cref="NameOutboxEvents"/>: "full name, assembly" is what the dispatcher of that time resolved.</summary>
    public static void RestoreOutboxClassNames(this MigrationBuilder migrationBuilder, string schema, params (string ClassName, string Name)[] events)
    {
        foreach (var (className, name) in events)
        {
            migrationBuilder.Sql($"UPDATE \"{schema}\".outbox_messages SET type = '{className}' WHERE type = '{name}';");
        }
    }
}
