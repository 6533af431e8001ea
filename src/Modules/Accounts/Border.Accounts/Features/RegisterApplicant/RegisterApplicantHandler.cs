using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Notifications.Contracts;
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
    IPasswordHasher<BorderUser> hasher,
    AccountsDbContext db,
    TimeProvider clock,
    ILogger<RegisterApplicantHandler> logger) : IRequestHandler<Contracts.RegisterApplicant, Unit>
{
    public async Task<Unit> Handle(Contracts.RegisterApplicant request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var now = clock.GetUtcNow();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            await AnswerAsExistingAsync(existing, email, request.Password, now, cancellationToken);
            return Unit.Value;
        }

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
        // The role row itself: AddToRoleAsync would look the role up and save the user a second time for nothing.
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = RoleSeed.ApplicantRoleId });
        db.AddIntegrationEvent(new ApplicantRegistered(Guid.CreateVersion7(), now, user.Id, user.PreferredCulture));
        db.QueueEmailConfirmation(user, await users.GenerateEmailConfirmationTokenAsync(user), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>
    /// The same refusals, the same hashing and the same "check your email" as a new address, so the form does not
    /// tell strangers who has an account; the owner of the address is told by email instead.
    /// </summary>
    private async Task AnswerAsExistingAsync(BorderUser existing, string email, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidate = new BorderUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, SecurityStamp = Guid.NewGuid().ToString() };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, candidate, password)).Errors);
        }

        Check(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));

        // The rest of a new account's work, kept so that both answers take as long: its transaction, the name and
        // address lookups (their "taken" answer is ignored), one hash and a confirmation token.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var validator in users.UserValidators)
        {
            await validator.ValidateAsync(users, candidate);
        }

        hasher.HashPassword(candidate, password);
        await users.GenerateEmailConfirmationTokenAsync(existing);
        db.AddIntegrationEvent(new NotificationRequested(
            Guid.CreateVersion7(now), now, existing.Id, NotificationKinds.AccountExists,
            new Dictionary<string, NotificationArgument> { ["link"] = NotificationArgument.PageOnSite(AccountsModule.SignInPath) }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Registration for the address of account {UserId}: its owner is told by email", existing.Id);
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
