using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Features.Group;

internal sealed class UpdateGroupMemberHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<UpdateGroupMember, bool>
{
    public async Task<bool> Handle(UpdateGroupMember request, CancellationToken cancellationToken)
    {
        var member = await db.GroupMembers.SingleOrDefaultAsync(m => m.Id == request.MemberId && m.OwnerId == request.UserId, cancellationToken);
        if (member is null)
        {
            return false;
        }

        await Travellers.RefuseIfFrozenAsync(db, request.UserId, nameof(request.Answers.FullName), cancellationToken);
        member.FullName = ProfileStore.Clean(request.Answers.FullName)!;
        member.DateOfBirth = DateAnswer.Parse(request.Answers.DateOfBirth);
        member.Nationality = request.Answers.Nationality!.Trim();
        member.Relationship = request.Answers.Relationship!;
        if (db.Entry(member).State == EntityState.Modified)
        {
            TravellerChanges.Tell(db, request.UserId, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
