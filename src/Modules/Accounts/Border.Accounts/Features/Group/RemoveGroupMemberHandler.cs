using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Group;

/// <summary>The member leaves the group with their document and its photo: nothing of theirs is kept.</summary>
internal sealed class RemoveGroupMemberHandler(AccountsDbContext db, FileStore files, TimeProvider clock) : IRequestHandler<RemoveGroupMember, bool>
{
    public async Task<bool> Handle(RemoveGroupMember request, CancellationToken cancellationToken)
    {
        var member = await db.GroupMembers.SingleOrDefaultAsync(m => m.Id == request.MemberId && m.OwnerId == request.UserId, cancellationToken);
        if (member is null)
        {
            return false;
        }

        await Travellers.RefuseIfFrozenAsync(db, request.UserId, "Member", cancellationToken);
        if (await db.IdentityDocuments.SingleOrDefaultAsync(d => d.OwnerId == request.UserId && d.TravellerId == member.Id, cancellationToken) is { } document)
        {
            await files.RemoveAsync(document.PhotoFileId, cancellationToken);
            db.IdentityDocuments.Remove(document);
        }

        db.GroupMembers.Remove(member);
        TravellerChanges.Tell(db, request.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
