using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Shared.Validation;
using Border.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.StaffAccounts;

public sealed class InvitationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private BorderHost Host => database.Host;

    [Fact]
    public async Task Inviting_creates_an_account_without_a_password_with_its_role_an_audit_entry_and_the_email()
    {
        var admin = Guid.CreateVersion7();

        var id = await Host.SendAsync(new InviteStaff(admin, " new.officer@example.test ", Roles.Supervisor, "es"));

        var user = await Host.UserAsync(id);
        Assert.Equal(("new.officer@example.test", "es", false), (user.Email, user.PreferredCulture, user.EmailConfirmed));
        Assert.Null(user.PasswordHash);
        Assert.NotNull(user.InvitedAt);
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        Assert.Equal([Roles.Supervisor], await users.GetRolesAsync(user));

        var audit = Assert.Single(await Host.AuditOfAsync(id));
        Assert.Equal((admin, AccountAuditActions.StaffInvited), (audit.ActorId, audit.Action));
        Assert.Null(audit.Before);
        var after = StaffWorld.State(audit.After)!;
        Assert.Equal([Roles.Supervisor], after.Roles);
        Assert.Equal((false, false), (after.Disabled, after.TwoFactor));

        var invitation = Assert.Single(await Host.InvitationsOfAsync(id));
        Assert.Equal("Supervisor", invitation.Arguments["role"].Phrase);
        var token = AccountLinks.Decode(StaffWorld.CodeIn(invitation));
        Assert.True(await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token!));
        Assert.True(await Host.SendAsync(new CheckInvitation(id, StaffWorld.CodeIn(invitation))));
    }

    [Fact]
    public async Task An_admin_is_invited_under_the_name_Administrator()
    {
        var id = await Host.InviteAsync("new.admin@example.test", Roles.Admin);

        Assert.Equal("Administrator", Assert.Single(await Host.InvitationsOfAsync(id)).Arguments["role"].Phrase);
    }

    [Fact]
    public async Task Inviting_an_address_that_has_an_account_is_refused_by_the_email_field()
    {
        await Host.RegisterApplicantAsync("taken@example.test");

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Host.InviteAsync("TAKEN@example.test"));

        var failure = Assert.Single(refused.Failures);
        Assert.Equal(("Email", "An account with this email address already exists. Find it in the list of accounts."), (failure.Field, failure.Message));
    }

    [Fact]
    public async Task Every_missing_answer_is_reported_at_once_in_the_admins_language()
    {
        var refused = await StaffWorld.InSpanishAsync(() => Assert.ThrowsAsync<RequestValidationException>(() =>
            Host.SendAsync(new InviteStaff(Guid.CreateVersion7(), "not an email", Roles.Applicant, "fr"))));

        Assert.Equal(
            [
                ("Email", "Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com."),
                ("Role", "Elija su rol."),
                ("Culture", "Elija el idioma de sus correos."),
            ],
            refused.Failures.Select(f => (f.Field, f.Message)));
    }

    [Fact]
    public async Task Accepting_sets_the_first_password_confirms_the_address_and_the_link_works_once()
    {
        var id = await Host.InviteAsync("accepts@example.test");
        var code = StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(id)));
        var stampBefore = (await Host.UserAsync(id)).SecurityStamp;

        Assert.True(await Host.SendInRequestAsync(new AcceptInvitation(id, code, StaffWorld.Password)));

        var user = await Host.UserAsync(id);
        Assert.NotNull(user.PasswordHash);
        Assert.True(user.EmailConfirmed);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        Assert.False(await Host.SendAsync(new CheckInvitation(id, code)));
        Assert.False(await Host.SendInRequestAsync(new AcceptInvitation(id, code, "someone else's sentence here")));
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BorderUser>>();
        Assert.True(await users.CheckPasswordAsync(user, StaffWorld.Password));
    }

    [Theory]
    [InlineData("", "Enter a password.")]
    [InlineData("too short", "Use a password of at least 12 characters.")]
    [InlineData("password1234", "This password is too common. Choose one that is harder to guess.")]
    public async Task A_password_that_breaks_the_rules_is_refused_and_the_link_still_works(string password, string message)
    {
        var id = await Host.InviteAsync($"{Guid.NewGuid():N}@example.test");
        var code = StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(id)));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Host.SendInRequestAsync(new AcceptInvitation(id, code, password)));

        Assert.Equal(("Password", message), (refused.Failures[0].Field, refused.Failures[0].Message));
        Assert.Null((await Host.UserAsync(id)).PasswordHash);
        Assert.True(await Host.SendAsync(new CheckInvitation(id, code)));
    }

    [Fact]
    public async Task A_changed_code_or_another_accounts_code_does_not_work()
    {
        var first = await Host.InviteAsync("first.code@example.test");
        var second = await Host.InviteAsync("second.code@example.test");
        var code = StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(first)));

        Assert.False(await Host.SendAsync(new CheckInvitation(second, code)));
        Assert.False(await Host.SendAsync(new CheckInvitation(first, code[..^4] + "AAAA")));
        Assert.False(await Host.SendAsync(new CheckInvitation(first, "not base64 at all!")));
    }

    [Fact]
    public async Task Sending_again_makes_a_new_link_the_old_one_stops_working_and_it_is_audited()
    {
        var admin = Guid.CreateVersion7();
        var id = await Host.InviteAsync("again@example.test", actor: admin);
        var oldCode = StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(id)));

        await Host.SendAsync(new ResendInvitation(admin, id));

        var invitations = await Host.InvitationsOfAsync(id);
        Assert.Equal(2, invitations.Count);
        Assert.False(await Host.SendAsync(new CheckInvitation(id, oldCode)));
        Assert.True(await Host.SendAsync(new CheckInvitation(id, StaffWorld.CodeIn(invitations[1]))));
        var resent = (await Host.AuditOfAsync(id))[^1];
        Assert.Equal((admin, AccountAuditActions.InvitationResent), (resent.ActorId, resent.Action));
        Assert.Equal([Roles.Officer], StaffWorld.State(resent.After)!.Roles);
    }

    [Fact]
    public async Task An_accepted_invitation_cannot_be_sent_again()
    {
        var id = await Host.InviteAsync("accepted@example.test");
        await Host.SendInRequestAsync(new AcceptInvitation(id, StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(id))), StaffWorld.Password));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => Host.SendAsync(new ResendInvitation(Guid.CreateVersion7(), id)));

        Assert.Equal("This account has no invitation waiting to be accepted.", Assert.Single(refused.Failures).Message);
        Assert.Single(await Host.InvitationsOfAsync(id));
    }

    [Fact]
    public async Task The_invitation_of_a_disabled_account_does_not_work()
    {
        var admin = Guid.CreateVersion7();
        var id = await Host.InviteAsync("disabled.invitee@example.test", actor: admin);
        var code = StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(id)));

        await Host.SendAsync(new DisableAccount(admin, id));

        Assert.False(await Host.SendAsync(new CheckInvitation(id, code)));
        Assert.False(await Host.SendInRequestAsync(new AcceptInvitation(id, code, StaffWorld.Password)));
    }
}
