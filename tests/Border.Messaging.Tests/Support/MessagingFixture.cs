using Border.Messaging.Contracts;
using Border.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Messaging.Tests.Support;

/// <summary>
/// One cloned database and one Border host per test class, on a clock each test sets. The daily limits are set low
/// (3 conversations, 6 messages) so a test reaches them; each test uses applicants of its own. Emails are written to a
/// pickup folder of the fixture's own.
/// </summary>
public sealed class MessagingFixture : IAsyncLifetime
{
    public const int ConversationsPerDay = 3;
    public const int MessagesPerDay = 6;

    /// <summary>Tuesday 24 November 2026, 12:00 in Mexico City.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private string? database;
    private BorderHost? host;

    public TestClock Clock { get; } = new(Start);

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "border-messaging-mail-" + Guid.NewGuid().ToString("N"));

    public BorderHost Host => host ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        database = await TestDatabases.CreateAsync();
        host = BorderHost.ForDatabase(
            database,
            new Dictionary<string, string?>
            {
                ["Messaging:ConversationsPerDay"] = ConversationsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Messaging:MessagesPerDay"] = MessagesPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:PickupDirectory"] = MailFolder,
                ["Email:SiteUrl"] = "https://border.example",
            },
            services => services.AddSingleton<TimeProvider>(Clock));
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

        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }

    public void SetClock(DateTimeOffset at) => Clock.Advance(at - Clock.GetUtcNow());

    /// <summary>An applicant id that needs no account: Messaging only ever keys rows by it.</summary>
    public static Guid NewApplicant() => Guid.CreateVersion7();

    public Task<MessageSent> AskAsync(Guid applicant, string body = "When is my appointment?", params MessageFile[] files) =>
        Host.SendAsync(new StartConversation(applicant, Guid.NewGuid(), ConversationTopic.General, null, "A question", body, files));

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
}
