using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Border.Shared.Persistence;

public static class BorderDatabase
{
    public const string ConnectionStringName = "Border";

    /// <summary>The connection string from ConnectionStrings:Border (ConnectionStrings__Border in the environment).</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException(
            "No PostgreSQL connection string: set ConnectionStrings__Border, or start Border with ./border run.");

    /// <summary>Host, port and database of a connection string, never its password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
