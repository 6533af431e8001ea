using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Recipients;

internal sealed class GetEmailRecipientsHandler(AccountsDbContext db, AccountsMappings mappings)
    : IRequestHandler<GetEmailRecipients, IReadOnlyList<EmailRecipient>>
{
    public async Task<IReadOnlyList<EmailRecipient>> Handle(GetEmailRecipients request, CancellationToken cancellationToken)
    {
        var ids = request.UserIds.Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null)
            .ProjectToType<EmailRecipient>(mappings)
            .ToListAsync(cancellationToken);
    }
}
