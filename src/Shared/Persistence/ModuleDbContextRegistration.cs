using Border.Shared.Audit.Reading;
using Border.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Border.Shared.Persistence;

public static class ModuleDbContextRegistration
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>
    /// Registers a module's DbContext on the shared data source, with its migrations history in its own
    /// schema, its outbox dispatcher (and the Contracts its events come from), its migrator and its audit log's reader (which reads nothing when the
    /// model maps no audit log).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, string schema, bool hasOutbox = true)
        where TContext : DbContext
    {
        // Pooled: a signed-in page asks three or four modules for data, and building each context's services
        // per request showed in the web benchmark. The contexts hold no state of their own beyond EF's, which the pool resets.
        services.AddDbContextPool<TContext>((provider, options) => options
            .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql
                .MigrationsHistoryTable(MigrationsHistoryTable, schema))
            .AddInterceptors(provider.GetRequiredService<OutboxSignal>()));
        if (hasOutbox)
        {
            services.AddSingleton<IOutboxDispatcher, OutboxDispatcher<TContext>>();
            services.AddSingleton(new ModuleAssembly(typeof(TContext).Assembly));
        }

        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(schema));
        services.AddScoped<IModuleAuditLog>(provider => new ModuleAuditLog<TContext>(schema, provider.GetRequiredService<TContext>()));
        services.TryAddScoped<AuditLog>();
        return services;
    }
}
