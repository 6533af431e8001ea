using Border.Accounts.Contracts;
using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Rules;

/// <summary>
/// Who a conversation may be handed to: the active officers and supervisors Accounts lists, each with the name they
/// chose for messages. Asked fresh each time, so a disabled officer is never offered nor accepted.
/// </summary>
internal sealed class AssignableOfficers(MessagingDbContext db, IMediator mediator)
{
    public async Task<IReadOnlyList<AssignableOfficer>> ListAsync(CancellationToken cancellationToken)
    {
        var people = new Dictionary<Guid, string?>();
        foreach (var role in new[] { Roles.Officer, Roles.Supervisor })
        {
            Guid? after = null;
            do
            {
                var page = await mediator.Send(new ListAccounts(null, role, AccountState.Active, after), cancellationToken);
                foreach (var account in page.Items)
                {
                    people[account.Id] = account.Email;
                }

                after = page.NextAfter;
            }
            while (after is not null);
        }

        var ids = people.Keys.ToList();
        var names = await db.OfficerNames.AsNoTracking()
            .Where(n => ids.Contains(n.StaffId))
            .ToDictionaryAsync(n => n.StaffId, n => n.Name, cancellationToken);
        return [.. people
            .Select(p => new AssignableOfficer(p.Key, names.GetValueOrDefault(p.Key), p.Value))
            .OrderBy(o => o.Name is null)
            .ThenBy(o => o.Name ?? o.Email, StringComparer.OrdinalIgnoreCase)];
    }
}
