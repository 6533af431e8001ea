namespace Border.Shared.Persistence;

/// <summary>One module's schema and its migrations history.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Every migration the module ships, applied or not.</summary>
    IReadOnlyList<string> Migrations(IServiceProvider services);

    /// <summary>The SQL those migrations run, so a change inside a migration is noticed, not only a new one.</summary>
    string MigrationsScript(IServiceProvider services);
}
