using Border.Messaging.Contracts;
using Border.Messaging.Data;
using Border.Messaging.Rules;
using Border.Shared.Audit;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Messaging.Features.OfficerNames;

/// <summary>Saves (or clears) the name after "Officer"; letters, digits, spaces and . - ' only, so it reads as a name.</summary>
internal sealed class SetOfficerNameHandler(MessagingDbContext db, TimeProvider clock) : IRequestHandler<SetOfficerName, Unit>
{
    public async Task<Unit> Handle(SetOfficerName request, CancellationToken cancellationToken)
    {
        var name = string.Join(' ', (request.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length > OfficerNameLimits.MaxLength)
        {
            throw Refusal.Of(new ValidationFailure("Name", "The name must be at most {0} characters.", OfficerNameLimits.MaxLength));
        }

        if (!name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '\''))
        {
            throw Refusal.Of(new ValidationFailure("Name", "Use only letters, numbers, spaces, dots, hyphens and apostrophes."));
        }

        var now = clock.GetUtcNow();
        var existing = await db.OfficerNames.SingleOrDefaultAsync(n => n.StaffId == request.StaffId, cancellationToken);
        var before = existing?.Name;
        if (name.Length == 0)
        {
            if (existing is not null)
            {
                db.OfficerNames.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.OfficerNames.Add(new OfficerName { StaffId = request.StaffId, Name = name, UpdatedAt = now });
        }
        else
        {
            existing.Name = name;
            existing.UpdatedAt = now;
        }

        db.AddAuditEntry(now, request.ActorId, request.StaffId, MessagingAuditActions.OfficerNamed, before: new { Name = before }, after: new { Name = name.Length == 0 ? null : name });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
