using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Shared.Outbox;

namespace Border.Accounts.Rules;

/// <summary>Tells the other modules, through the outbox and in the same save, that a traveller's checked details changed.</summary>
internal static class TravellerChanges
{
    public static void Tell(AccountsDbContext db, Guid applicantId, DateTimeOffset now) =>
        db.AddIntegrationEvent(new TravellerChanged(Guid.CreateVersion7(now), now, applicantId));
}
