using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Outbox;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Privacy;

/// <summary>
/// Erases the account's personal data and keeps its id and dates, which other records point to. The
/// anonymised row cannot sign in, holds no role, and frees the address for a new account.
/// </summary>
internal sealed class CloseAccountHandler(
    UserManager<BorderUser> users, SignInManager<BorderUser> signIn, AccountsDbContext db, TimeProvider clock, Identity.SessionStore sessions)
    : IRequestHandler<CloseAccount, Unit>
{
    public async Task<Unit> Handle(CloseAccount request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null || user.ClosedAt is not null)
        {
            return Unit.Value;
        }

        if (!await users.CheckPasswordAsync(user, request.Password ?? string.Empty))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.Password), "Your password is not right.")]);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.StoredFiles.Where(f => f.OwnerId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.IdentityDocuments.Where(d => d.OwnerId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.GroupMembers.Where(m => m.OwnerId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Profiles.Where(p => p.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);

        var placeholder = $"closed-{user.Id:N}";
        user.UserName = placeholder;
        user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.Email = null;
        user.NormalizedEmail = null;
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ClosedAt = now;
        db.AddIntegrationEvent(new AccountClosed(Guid.CreateVersion7(now), now, user.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await sessions.EndAllAsync(user.Id);
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
