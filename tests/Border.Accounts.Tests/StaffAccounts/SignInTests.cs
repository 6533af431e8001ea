using Border.Accounts.Contracts;
using Border.Testing;

namespace Border.Accounts.Tests.StaffAccounts;

/// <summary>Sign-in for disabled accounts, and for staff who have not set up two-factor yet.</summary>
public sealed class SignInTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly Guid admin = Guid.CreateVersion7();

    private BorderHost Host => database.Host;

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_only_the_right_password_learns_why()
    {
        var id = await Host.RegisterApplicantAsync("cannot.sign.in@example.test");
        await Host.SendAsync(new DisableAccount(admin, id));

        var right = await Host.SendInRequestAsync(new SignIn("cannot.sign.in@example.test", StaffWorld.Password));
        var wrong = await Host.SendInRequestAsync(new SignIn("cannot.sign.in@example.test", "a guess at the password"));

        Assert.Equal(SignInStatus.Disabled, right.Status);
        Assert.Equal(SignInStatus.Failed, wrong.Status);
        Assert.Equal(SignInStatus.Failed, (await Host.SendInRequestAsync(new SignIn("nobody.here@example.test", "a guess at the password"))).Status);
    }

    [Fact]
    public async Task An_account_enabled_again_signs_in()
    {
        var id = await Host.RegisterApplicantAsync("back.again@example.test");
        await Host.SendAsync(new DisableAccount(admin, id));

        await Host.SendAsync(new EnableAccount(admin, id));

        Assert.Equal(SignInStatus.Succeeded, (await Host.SendInRequestAsync(new SignIn("back.again@example.test", StaffWorld.Password))).Status);
    }

    [Fact]
    public async Task Disabling_ends_sessions_by_changing_the_stamp_the_session_cookie_carries()
    {
        var id = await Host.RegisterApplicantAsync("session.ends@example.test");
        var stamp = (await Host.UserAsync(id)).SecurityStamp;

        await Host.SendAsync(new DisableAccount(admin, id));

        // Every cookie names the stamp it was issued with; the validator (every minute) refuses a stale one.
        Assert.NotEqual(stamp, (await Host.UserAsync(id)).SecurityStamp);
    }

    [Fact]
    public async Task Staff_who_accepted_an_invitation_are_sent_to_set_up_two_factor_at_sign_in()
    {
        var id = await Host.InviteAsync("no.app.yet@example.test", Roles.Supervisor);
        var code = StaffWorld.CodeIn(Assert.Single(await Host.InvitationsOfAsync(id)));
        await Host.SendInRequestAsync(new AcceptInvitation(id, code, StaffWorld.Password));

        var response = await Host.SendInRequestAsync(new SignIn("no.app.yet@example.test", StaffWorld.Password));

        Assert.Equal(SignInStatus.RequiresTwoFactorSetup, response.Status);
        Assert.Equal([Roles.Supervisor], response.Roles);
    }

    [Fact]
    public async Task An_invited_account_without_a_password_cannot_sign_in()
    {
        await Host.InviteAsync("not.accepted@example.test");

        Assert.Equal(SignInStatus.Failed, (await Host.SendInRequestAsync(new SignIn("not.accepted@example.test", string.Empty))).Status);
        Assert.Equal(SignInStatus.Failed, (await Host.SendInRequestAsync(new SignIn("not.accepted@example.test", StaffWorld.Password))).Status);
    }
}
