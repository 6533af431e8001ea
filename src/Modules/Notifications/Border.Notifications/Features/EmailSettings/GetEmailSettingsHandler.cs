using Border.Notifications.Contracts;
using Border.Notifications.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Notifications.Features.EmailSettings;

internal sealed class GetEmailSettingsHandler(NotificationsDbContext db) : IRequestHandler<GetEmailSettings, Contracts.EmailSettings>
{
    public async Task<Contracts.EmailSettings> Handle(GetEmailSettings request, CancellationToken cancellationToken)
    {
        var off = await db.EmailPreferences.AsNoTracking()
            .Where(p => p.RecipientId == request.RecipientId)
            .Select(p => p.TopicsOff)
            .SingleOrDefaultAsync(cancellationToken) ?? [];
        return new Contracts.EmailSettings([.. EmailTopics.All.Except(off)]);
    }
}
