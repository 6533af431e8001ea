using System.Globalization;
using System.Text.Json;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Notifications.Contracts;
using Border.Shared.Outbox;
using Border.Shared.Validation;
using Border.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.Registration;

public sealed class RegisterApplicantTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private BorderHost Host => database.Host;

    [Fact]
    public async Task A_new_applicant_gets_an_account_the_applicant_role_a_registered_event_and_a_confirmation_link()
    {
        await Host.SendAsync(new RegisterApplicant("  maria@example.test ", "sol de la mañana en el río", "es", AcceptedTerms: true));

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "maria@example.test");
        Assert.Equal("es", user.PreferredCulture);
        Assert.False(user.EmailConfirmed);
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == RoleSeed.All[0].Id));

        // Both events are written in the registration's own transaction, to this module's outbox.
        var events = (await db.Set<OutboxMessage>().AsNoTracking().ToListAsync())
            .Where(m => m.Payload.Contains(user.Id.ToString(), StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize(m.Payload, scope.ServiceProvider.GetRequiredService<IntegrationEventRegistry>().TypeFor(m.Type)))
            .ToList();
        Assert.Equal(2, events.Count);
        var registered = Assert.Single(events.OfType<ApplicantRegistered>());
        Assert.Equal((user.Id, "es"), (registered.UserId, registered.Culture));

        var confirm = Assert.Single(events.OfType<NotificationRequested>());
        Assert.Equal((user.Id, NotificationKinds.ConfirmEmail), (confirm.RecipientId, confirm.Kind));
        var (name, argument) = Assert.Single(confirm.Arguments);
        Assert.Equal("link", name);
        var prefix = $"/account/confirm-email?user={user.Id}&code=";
        Assert.StartsWith(prefix, argument.Page, StringComparison.Ordinal);

        // The code in the link is a real confirmation token for this account, not just any text.
        var token = AccountLinks.Decode(argument.Page![prefix.Length..]);
        Assert.NotNull(token);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        Assert.True(await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<BorderUser>.ConfirmEmailTokenPurpose, token));
    }

    [Fact]
    public async Task Registering_an_address_twice_answers_the_same_and_creates_nothing_new()
    {
        await Host.SendAsync(new RegisterApplicant("twice@example.test", "first long password here", "en", AcceptedTerms: true));

        await Host.SendAsync(new RegisterApplicant("TWICE@example.test", "second long password here", "en", AcceptedTerms: true));

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == "TWICE@EXAMPLE.TEST"));
    }

    [Theory]
    [InlineData("eleven char", "Use a password of at least 12 characters.")]
    [InlineData("password1234", "This password is too common. Choose one that is harder to guess.")]
    [InlineData("aaaaaaaaaaaaaaa", "This password is too common. Choose one that is harder to guess.")]
    [InlineData("1234567890123", "This password is too common. Choose one that is harder to guess.")]
    [InlineData("rosa.sanchez2026", "This password is too common. Choose one that is harder to guess.")]
    [InlineData("border-demo-2026", "This is the published password of the demo accounts. Choose one of your own.")]
    [InlineData("Border2026!!!!", "A password made of this site's name is easy to guess. Choose one that is harder to guess.")]
    [InlineData("border-border-border", "A password made of this site's name is easy to guess. Choose one that is harder to guess.")]
    public async Task Weak_passwords_are_refused_with_the_reason(string password, string message)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            Host.SendAsync(new RegisterApplicant("rosa.sanchez@example.test", password, "en", AcceptedTerms: true)));

        var failure = Assert.Single(refused.Failures);
        Assert.Equal("Password", failure.Field);
        Assert.Equal(message, failure.Message);
    }

    [Theory]
    [InlineData("nocapitalsnodigits")]
    [InlineData("Twelve chars")]
    [InlineData("un largo camino a casa")]
    public async Task Long_passwords_need_no_digits_capitals_or_symbols(string password)
    {
        var email = $"{Guid.NewGuid():N}@example.test";

        await Host.SendAsync(new RegisterApplicant(email, password, "en", AcceptedTerms: true));

        await using var scope = Host.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Every_missing_answer_is_reported_at_once_in_the_persons_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
        try
        {
            var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
                Host.SendAsync(new RegisterApplicant("not an email", string.Empty, "es", AcceptedTerms: false)));

            Assert.Equal(
                [
                    ("Email", "Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com."),
                    ("Password", "Escriba una contraseña."),
                    ("AcceptedTerms", "Acepte las condiciones de uso para crear una cuenta."),
                ],
                refused.Failures.Select(f => (f.Field, f.Message)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
