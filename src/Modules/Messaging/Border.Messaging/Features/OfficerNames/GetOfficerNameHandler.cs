using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.OfficerNames;

internal sealed class GetOfficerNameHandler(MessagingDbContext db) : IRequestHandler<GetOfficerName, string?>
{
    public Task<string?> Handle(GetOfficerName request, CancellationToken cancellationToken) =>
        db.OfficerNames.AsNoTracking().Where(n => n.StaffId == request.StaffId).Select(n => n.Name).SingleOrDefaultAsync(cancellationToken);
}
