using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Cases.Data;
using Border.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Cases.Tests.Support;

/// <summary>One cloned database and one Border host per test class, on a clock each test sets.</summary>
public sealed class CasesFixture : IAsyncLifetime
{
    /// <summary>Tuesday 24 November 2026, 12:00 in Mexico City.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private string? database;
    private BorderHost? host;

    public TestClock Clock { get; } = new(Start);

    public BorderHost Host => host ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        database = await TestDatabases.CreateAsync();
        host = BorderHost.ForDatabase(database, null, services => services.AddSingleton<TimeProvider>(Clock));
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

    public void SetClock(DateTimeOffset at) => Clock.Advance(at - Clock.GetUtcNow());

    public Task<Guid> ApplicantAsync(int companions = 0) => TestApplicants.ReadyAsync(Host.Services, companions);

    public static Dictionary<string, string?> AdvanceAnswers() => new()
    {
        ["purpose"] = "protection",
        ["coming-from"] = "Tijuana, Baja California",
        ["special-need"] = "no",
        ["earlier-history"] = "no",
    };

    /// <summary>A submitted advance-information case of a new applicant, its checks run as the outbox would.</summary>
    public async Task<(Guid Applicant, Guid Case, CaseReceipt Receipt)> SubmittedAsync(Guid? applicant = null)
    {
        var user = applicant ?? await ApplicantAsync();
        var id = await Host.SendAsync(new StartCase(user, CaseKind.AdvanceInformation));
        Assert.True(await Host.SendAsync(new SaveCaseAnswers(user, id, AdvanceAnswers())));
        var receipt = await Host.SendAsync(new SubmitCase(user, id));
        Assert.NotNull(receipt);
        await Host.DispatchOutboxAsync();
        return (user, id, receipt);
    }

    /// <summary>A case claimed by a new officer; the officer's id and the version they read.</summary>
    public async Task<(Guid Officer, uint Version)> ClaimedAsync(Guid caseId)
    {
        var officer = Guid.CreateVersion7();
        Assert.True(await Host.SendAsync(new ClaimCase(officer, caseId)));
        var view = await Host.SendAsync(new ViewCase(officer, caseId));
        return (officer, view!.Version);
    }

    public async Task<uint> VersionAsync(Guid staff, Guid caseId) => (await Host.SendAsync(new ViewCase(staff, caseId)))!.Version;

    internal async Task<T> QueryAsync<T>(Func<CasesDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CasesDbContext>());
    }

    public async Task<long> CountAsync(string sql, params object[] values)
    {
        await using var connection = await Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Notifications queued for the applicant in Cases' outbox, of one kind.</summary>
    public Task<long> ToldAsync(Guid applicant, string kind) =>
        CountAsync("SELECT count(*) FROM cases.outbox_messages WHERE payload->>'RecipientId' = $1 AND payload->>'Kind' = $2", applicant.ToString(), kind);
}
