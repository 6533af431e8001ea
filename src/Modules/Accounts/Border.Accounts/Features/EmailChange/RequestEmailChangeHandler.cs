using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Shared.Validation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.EmailChange;

internal sealed class RequestEmailChangeHandler(UserManager<BorderUser> users, AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<RequestEmailChange, Unit>
{
    public async Task<Unit> Handle(RequestEmailChange request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new InvalidOperationException("No such account.");
        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.Password), "Your password is not right.")]);
        }

        var email = request.NewEmail.Trim();
        if (string.Equals(users.NormalizeEmail(email), user.NormalizedEmail, StringComparison.Ordinal))
        {
            throw new RequestValidationException([new ValidationFailure(nameof(request.NewEmail), "This is already your email address.")]);
        }

        // Someone else's address gets the same answer and no email: the form must not tell who has an account.
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Unit.Value;
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, email);
        db.QueueEmailChange(user, email, token, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
