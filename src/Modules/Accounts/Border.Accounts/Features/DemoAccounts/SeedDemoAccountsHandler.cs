using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Scheduling.Contracts;
using Border.Shared.Localization;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.DemoAccounts;

internal sealed class SeedDemoAccountsHandler(
    UserManager<BorderUser> users,
    IUserStore<BorderUser> store,
    IPasswordHasher<BorderUser> hasher,
    IMediator mediator,
    TimeProvider clock) : IRequestHandler<SeedDemoAccounts, Unit>
{
    public async Task<Unit> Handle(SeedDemoAccounts request, CancellationToken cancellationToken)
    {
        var homePort = (await mediator.Send(new ListPorts(), cancellationToken)).Single(p => p.Code == SeedDemoAccounts.HomePort);
        foreach (var (email, role) in SeedDemoAccounts.Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            if (role == Roles.Applicant)
            {
                // Through the real use case, so the demo applicant gets what every applicant gets; the published
                // demo password is one the password rules refuse to anyone else, so it is set after.
                await mediator.Send(new Contracts.RegisterApplicant(email, $"{Guid.NewGuid()}", Cultures.English, AcceptedTerms: true), cancellationToken);
                var applicant = await users.FindByEmailAsync(email);
                applicant!.EmailConfirmed = true;
                applicant.PasswordHash = hasher.HashPassword(applicant, SeedDemoAccounts.Password);
                await users.UpdateAsync(applicant);
                continue;
            }

            var staff = new BorderUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                PreferredCulture = Cultures.English,
                RegisteredAt = clock.GetUtcNow(),
                HomePort = role is Roles.Officer or Roles.Supervisor ? homePort.Code : null,
                HomePortTimeZone = role is Roles.Officer or Roles.Supervisor ? homePort.TimeZone : null,
            };
            staff.PasswordHash = hasher.HashPassword(staff, SeedDemoAccounts.Password);
            await users.CreateAsync(staff);
            await users.AddToRoleAsync(staff, role);
            await ((IUserAuthenticatorKeyStore<BorderUser>)store)
                .SetAuthenticatorKeyAsync(staff, SeedDemoAccounts.StaffAuthenticatorKey, cancellationToken);
            await users.SetTwoFactorEnabledAsync(staff, true);
        }

        return Unit.Value;
    }
}
