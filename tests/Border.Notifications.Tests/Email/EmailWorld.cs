using System.Globalization;
using Border.Accounts.Contracts;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Testing;
using Border.Testing.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Border.Notifications.Tests.Email;

/// <summary>
/// One test's world: its own database, a real SMTP server on a local port, a clock the test moves, and
/// Border's real composition wired to both. The host can be restarted on the same database.
/// </summary>
internal sealed class EmailWorld : IAsyncDisposable
{
    public const string SiteUrl = "https://border.example";

    private readonly Action<IServiceCollection>? services;
    private readonly IReadOnlyDictionary<string, string?> settings;

    private EmailWorld(string database, Action<IServiceCollection>? services, IReadOnlyDictionary<string, string?>? settings)
    {
        Database = database;
        this.services = services;
        this.settings = settings ?? new Dictionary<string, string?>();
        Host = StartHost(services);
    }

    public string Database { get; }

    public SmtpListener Smtp { get; } = SmtpListener.Started();

    public TestClock Clock { get; } = new();

    /// <summary>Warnings and errors every host of this world logged.</summary>
    public LogRecorder Logs { get; } = new();

    public BorderHost Host { get; private set; }

    public static async Task<EmailWorld> CreateAsync(
        Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await TestDatabases.CreateAsync(), services, settings);

    /// <summary>Another node of the same site: same database, server and clock, its own process.</summary>
    public BorderHost StartAnotherNode() => StartHost(services);

    /// <summary>A new process on the same database, server and clock, with Border's own services only; the old one is gone.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = StartHost(null);
    }

    public Task<int> DeliverAsync() => Host.SendAsync(new DeliverEmails());

    /// <summary>
    /// Registers through Accounts and hands both its events to Notifications: the welcome is then in the inbox
    /// (no email) and the email with the link that confirms the address is pending.
    /// </summary>
    public async Task<Guid> RegisterAsync(string email, string culture)
    {
        await Host.SendAsync(new RegisterApplicant(email, "a long river of words", culture, AcceptedTerms: true));
        await Host.DispatchOutboxAsync();
        return await TestAccounts.IdOfAsync(Host.Services, email);
    }

    /// <summary>Writes a notification and its email as another module's event would, via <see cref="NotificationWriter"/>.</summary>
    public async Task<Guid> NotifyAsync(Guid recipientId, string kind, IReadOnlyDictionary<string, NotificationArgument>? arguments = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var notification = db.AddNotification(recipientId, kind, Guid.NewGuid(), Clock.GetUtcNow(), arguments);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    /// <summary>Every notification row, in the inbox or not, oldest first.</summary>
    public async Task<List<Notification>> NotificationsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Notifications.AsNoTracking()
            .OrderBy(n => n.CreatedAt).ToListAsync();
    }

    /// <summary>The one notification of that kind the person has.</summary>
    public async Task<Notification> NotificationAsync(Guid recipientId, string kind) =>
        (await NotificationsAsync()).Single(n => n.RecipientId == recipientId && n.Kind == kind);

    public async Task<List<EmailMessage>> EmailsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Emails.AsNoTracking()
            .OrderBy(e => e.CreatedAt).ToListAsync();
    }

    public async Task<EmailMessage> EmailAsync(Guid id) => (await EmailsAsync()).Single(e => e.Id == id);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
        await TestDatabases.DropAsync(Database);
    }

    private BorderHost StartHost(Action<IServiceCollection>? extra) =>
        BorderHost.ForDatabase(Database, Settings(), s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<ILoggerProvider>(Logs);
            extra?.Invoke(s);
        });

    private Dictionary<string, string?> Settings()
    {
        var all = new Dictionary<string, string?>
        {
            ["Email:SiteUrl"] = SiteUrl,
            ["Email:From"] = "Border <no-reply@border.example>",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:Timeout"] = "00:00:03",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }
}
