using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Accounts.Tests.Support;

/// <summary>
/// One cloned database and one Border host per test class, whose clock stands still at <see cref="Now"/>:
/// "today" never moves under a date rule, whatever day the tests run.
/// </summary>
public class ProfileFixture : IAsyncLifetime
{
    public const string Password = "a long river of words";

    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private string? database;
    private BorderHost? host;

    public TestClock Clock { get; } = new(Now);

    public BorderHost Host => host ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Extra configuration a test class needs, such as a smaller group.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        database = await TestDatabases.CreateAsync();
        host = BorderHost.ForDatabase(database, Settings, services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (database is not null)
        {
            await TestDatabases.DropAsync(database);
        }
    }

    /// <summary>A new applicant with an address of their own; their user id.</summary>
    public async Task<Guid> RegisterAsync()
    {
        var email = $"{Guid.NewGuid():N}@example.test";
        await Host.SendAsync(new RegisterApplicant(email, Password, "en", AcceptedTerms: true));
        return await TestAccounts.IdOfAsync(Host.Services, email);
    }

    /// <summary>
    /// Sends a request as a page does, inside a request: handlers that refresh or end the sign-in
    /// (closing the account, changing the language) reach for the HTTP context.
    /// </summary>
    public async Task<TResponse> SendInRequestAsync<TResponse>(MediatR.IRequest<TResponse> request)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(request);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    internal async Task<T> QueryAsync<T>(Func<AccountsDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AccountsDbContext>());
    }

    /// <summary>Runs SQL straight on this class's database, as another module or an operator would.</summary>
    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await using var command = scope.ServiceProvider.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The same, with a group of at most three people, as Accounts:Group:MaximumSize sets it.</summary>
public sealed class SmallGroupFixture : ProfileFixture
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Accounts:Group:MaximumSize"] = "3" };
}
