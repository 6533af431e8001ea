using Border.Testing;
using Npgsql;

namespace Border.Web.Tests.Admin;

/// <summary>
/// No page, handler or hand-written SQL can change or delete an audit entry, in any module: every schema
/// that holds an audit log (found in the catalog, so a module added later is covered) refuses it.
/// </summary>
public sealed class AuditLogProtectionTests(Support.WebAppFixture app) : IClassFixture<Support.WebAppFixture>
{
    [Fact]
    public async Task Every_modules_audit_log_refuses_update_delete_and_truncate()
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        var schemas = await SchemasWithAuditLogAsync(connection);
        Assert.Superset(new HashSet<string> { "accounts", "scheduling" }, schemas.ToHashSet());

        foreach (var schema in schemas)
        {
            var id = Guid.CreateVersion7();
            await ExecuteAsync(connection, $$"""
                INSERT INTO {{schema}}.audit_entries (id, occurred_at, actor_id, subject_id, action, before, after)
                VALUES ('{{id}}', now(), '{{Guid.CreateVersion7()}}', NULL, 'test.kept', '{"a": 1}', NULL)
                """);

            foreach (var change in new[]
            {
                $"UPDATE {schema}.audit_entries SET action = 'test.rewritten' WHERE id = '{id}'",
                $"UPDATE {schema}.audit_entries SET before = NULL",
                $"UPDATE {schema}.audit_entries SET occurred_at = occurred_at - interval '1 day'",
                $"DELETE FROM {schema}.audit_entries WHERE id = '{id}'",
                $"DELETE FROM {schema}.audit_entries",
                $"TRUNCATE {schema}.audit_entries",
                $"TRUNCATE {schema}.audit_entries CASCADE",
            })
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, change));
                Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{change}: {refused.SqlState} {refused.MessageText}");
            }

            await using var read = new NpgsqlCommand($"SELECT action, before::text FROM {schema}.audit_entries WHERE id = '{id}'", connection);
            await using var reader = await read.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), $"{schema}: the entry is gone");
            Assert.Equal(("test.kept", "{\"a\": 1}"), (reader.GetString(0), reader.GetString(1)));
        }
    }

    private static async Task<List<string>> SchemasWithAuditLogAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'audit_entries' ORDER BY table_schema", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var schemas = new List<string>();
        while (await reader.ReadAsync())
        {
            schemas.Add(reader.GetString(0));
        }

        return schemas;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
