namespace Border.Shared.Persistence;

/// <summary>One module's schema and its migrations history.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Every migration the module ships, applied or not.</summary>
    IReadOnlyList<string> Migrations(IServiceProvider services);

    /// <summary>The DDL of the module's current model, which changes whenever a migration's tables do.</summary>
    string ModelScript(IServiceProvider services);
}
