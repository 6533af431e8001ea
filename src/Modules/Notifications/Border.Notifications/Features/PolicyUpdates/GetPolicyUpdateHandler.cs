using System.Globalization;
using Border.Notifications.Contracts;
using Border.Notifications.Data;
using Border.Shared.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.PolicyUpdates;

internal sealed class GetPolicyUpdateHandler(NotificationsDbContext db) : IRequestHandler<GetPolicyUpdate, PolicyUpdateView?>
{
    public Task<PolicyUpdateView?> Handle(GetPolicyUpdate request, CancellationToken cancellationToken)
    {
        var english = Cultures.IsEnglish(CultureInfo.CurrentUICulture);
        return db.PolicyUpdates.AsNoTracking()
            .Where(p => p.Id == request.Id)
            .Select(p => new PolicyUpdateView(
                p.Id, english ? p.TitleEnglish : p.TitleSpanish, english ? p.BodyEnglish : p.BodySpanish, p.PublishedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
