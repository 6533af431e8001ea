using Border.Web.Composition;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Border.Testing;

/// <summary>
/// Border's real composition (every module, the real PostgreSQL), built but not serving, for use-case
/// tests: background dispatch and the scheduler are off so a test drives them itself.
/// </summary>
public sealed class BorderHost : IAsyncDisposable
{
    private BorderHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public static BorderHost ForDatabase(
        string database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Border"] = TestDatabases.ConnectionStringFor(database),
            ["Outbox:DispatchInBackground"] = "false",
            ["Scheduler:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddBorder();
        services?.Invoke(builder.Services);
        return new BorderHost(builder.Build());
    }

    /// <summary>Delivers every pending outbox event of every module, as the background dispatcher would.</summary>
    public Task<int> DispatchOutboxAsync() => OutboxDelivery.DeliverAllAsync(Services);

    /// <summary>Sends a request in a fresh scope, as a page would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Publishes an event in a fresh scope, as the outbox dispatcher would deliver it.</summary>
    public async Task PublishAsync(INotification notification)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
