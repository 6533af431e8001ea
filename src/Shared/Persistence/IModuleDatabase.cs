namespace Border.Shared.Persistence;

/// <summary>One module's schema and its migrations history.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Every migration the module ships, applied or not.</summary>
    IReadOnlyList<string> Migrations(IServiceProvider services);
}
