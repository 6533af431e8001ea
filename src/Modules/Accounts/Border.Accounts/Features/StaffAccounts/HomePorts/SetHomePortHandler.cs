using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Audit;
using Border.Scheduling.Contracts;
using MediatR;

namespace Border.Accounts.Features.StaffAccounts.HomePorts;

/// <summary>The port comes from Scheduling's list, with its zone, so the cookie can carry both.</summary>
internal sealed class SetHomePortHandler(AccountsDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<SetHomePort, Unit>
{
    public async Task<Unit> Handle(SetHomePort request, CancellationToken cancellationToken)
    {
        var user = await TargetAccount.LoadAsync(db, request.UserId, cancellationToken);
        var before = await AccountSnapshot.OfAsync(db, user, cancellationToken);
        if (!before.Roles.Any(Roles.Staff.Contains))
        {
            throw TargetAccount.Refused("Only a staff account has a home port.");
        }

        PortSummary? port = null;
        if (!string.IsNullOrWhiteSpace(request.PortCode))
        {
            var ports = await mediator.Send(new ListPorts(), cancellationToken);
            port = ports.FirstOrDefault(p => p.Code == request.PortCode) ?? throw TargetAccount.Refused("Choose a port from the list.");
        }

        if (user.HomePort == port?.Code)
        {
            return Unit.Value;
        }

        user.HomePort = port?.Code;
        user.HomePortTimeZone = port?.TimeZone;
        // A new concurrency stamp only: the security stamp stays, so the person stays signed in and the cookie's claims
        // are rebuilt at the next check (within a minute), as a new role is.
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.AddAuditEntry(clock.GetUtcNow(), request.ActorId, user.Id, AccountAuditActions.HomePortSet, before, before with { HomePort = port?.Code });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
