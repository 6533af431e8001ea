using Border.Accounts.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Rules;

/// <summary>
/// What goes after "Officer" for the authors of a page of messages: the name each chose, else the initial of their
/// account ("M."), asked of Accounts only for those who chose none. Never an email.
/// </summary>
internal sealed class OfficerLabels(MessagingDbContext db, IMediator mediator)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ForAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
    {
        if (staffIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var labels = await db.OfficerNames.AsNoTracking()
            .Where(n => staffIds.Contains(n.StaffId))
            .ToDictionaryAsync(n => n.StaffId, n => n.Name, cancellationToken);
        var unnamed = staffIds.Where(id => !labels.ContainsKey(id)).ToList();
        if (unnamed.Count > 0)
        {
            foreach (var person in await mediator.Send(new GetPeople(unnamed), cancellationToken))
            {
                if (person.Email is { Length: > 0 } email && char.IsLetterOrDigit(email[0]))
                {
                    labels[person.UserId] = char.ToUpperInvariant(email[0]) + ".";
                }
            }
        }

        return labels;
    }
}
