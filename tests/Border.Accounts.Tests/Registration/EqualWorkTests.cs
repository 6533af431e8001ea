using System.Text.Json;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Notifications.Contracts;
using Border.Shared.Outbox;
using Border.Accounts.Tests.Support;
using Border.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.Registration;

/// <summary>
/// Whether an address has an account cannot be told from sign-in or registration: both paths hash the password
/// once (the time is nearly all hashing) and answer alike. The static count means this class runs alone (one collection).
/// </summary>
[Collection(nameof(EqualWorkTests))]
public sealed class EqualWorkTests : IAsyncLifetime
{
    private const string Known = "known@example.test";
    private const string Password = "a long river of words";

    private string database = string.Empty;
    private BorderHost host = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabases.CreateAsync();
        host = BorderHost.ForDatabase(database, services: CountingPasswordHasher.Register);
        await host.SendAsync(new RegisterApplicant(Known, Password, "es", AcceptedTerms: true));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await TestDatabases.DropAsync(database);
    }

    [Theory]
    [InlineData(Known, "wrong password, long enough")]
    [InlineData("unknown@example.test", "wrong password, long enough")]
    public async Task Signing_in_hashes_once_whether_or_not_the_address_has_an_account(string email, string password)
    {
        CountingPasswordHasher.Reset();

        await host.SendAsync(new SignIn(email, password));

        Assert.Equal(1, CountingPasswordHasher.Count);
    }

    [Fact]
    public async Task A_locked_account_hashes_once_and_answers_like_a_wrong_password_on_the_page()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await host.SendAsync(new SignIn(Known, "wrong password, long enough"));
        }

        CountingPasswordHasher.Reset();
        var locked = await host.SendAsync(new SignIn(Known, Password));

        Assert.Equal(SignInStatus.LockedOut, locked.Status);
        Assert.Equal(1, CountingPasswordHasher.Count);
    }

    [Theory]
    [InlineData(Known)]
    [InlineData("new-address@example.test")]
    public async Task Registering_hashes_once_whether_or_not_the_address_has_an_account(string email)
    {
        CountingPasswordHasher.Reset();

        await host.SendAsync(new RegisterApplicant(email, "another long password here", "en", AcceptedTerms: true));

        Assert.Equal(1, CountingPasswordHasher.Count);
    }

    [Fact]
    public async Task Registering_a_known_address_emails_its_owner_that_they_already_have_an_account()
    {
        await host.SendAsync(new RegisterApplicant(Known.ToUpperInvariant(), "another long password here", "en", AcceptedTerms: true));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var owner = await db.Users.SingleAsync(u => u.Email == Known);
        var told = (await db.Set<OutboxMessage>().AsNoTracking().ToListAsync())
            .Select(m => JsonSerializer.Deserialize(m.Payload, scope.ServiceProvider.GetRequiredService<IntegrationEventRegistry>().TypeFor(m.Type)))
            .OfType<NotificationRequested>()
            .Where(n => n.RecipientId == owner.Id && n.Kind == NotificationKinds.AccountExists)
            .ToList();
        Assert.Equal("/account/sign-in", Assert.Single(told).Arguments["link"].Page);
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == Known.ToUpperInvariant()));
    }

    [Fact]
    public async Task A_weak_password_is_refused_the_same_way_for_a_known_address()
    {
        var known = await Assert.ThrowsAsync<Border.Shared.Validation.RequestValidationException>(() =>
            host.SendAsync(new RegisterApplicant(Known, "password1234", "en", AcceptedTerms: true)));
        var unknown = await Assert.ThrowsAsync<Border.Shared.Validation.RequestValidationException>(() =>
            host.SendAsync(new RegisterApplicant("fresh@example.test", "password1234", "en", AcceptedTerms: true)));

        Assert.Equal(unknown.Failures.Select(f => (f.Field, f.Message)), known.Failures.Select(f => (f.Field, f.Message)));
    }
}
