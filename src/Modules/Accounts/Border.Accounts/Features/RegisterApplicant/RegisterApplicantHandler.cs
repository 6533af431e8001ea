using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Shared.Localization;
using Border.Shared.Outbox;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Border.Accounts.Features.RegisterApplicant;

internal sealed class RegisterApplicantHandler(
    UserManager<BorderUser> users,
    AccountsDbContext db,
    TimeProvider clock,
    ILogger<RegisterApplicantHandler> logger) : IRequestHandler<Contracts.RegisterApplicant, Unit>
{
    public async Task<Unit> Handle(Contracts.RegisterApplicant request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            // Same outcome as a new address: the form must not tell strangers who has an account.
            logger.LogInformation("Registration for an address that already has an account was ignored");
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        var user = new BorderUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            PreferredCulture = Cultures.Normalize(request.Culture),
            RegisteredAt = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(user, request.Password));
        Check(await users.AddToRoleAsync(user, Roles.Applicant));
        db.AddIntegrationEvent(new ApplicantRegistered(Guid.CreateVersion7(), now, user.Id, user.PreferredCulture));
        db.QueueEmailConfirmation(user, await users.GenerateEmailConfirmationTokenAsync(user), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new RequestValidationException(result.Errors
                .Select(e => new ValidationFailure(e.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description))
                .ToList());
        }
    }
}
