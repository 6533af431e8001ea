using Border.Accounts.Contracts.Profile;
using Border.Accounts.Data;
using Border.Accounts.Rules;
using Border.Shared.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Accounts.Features.Group;

internal sealed class AddGroupMemberHandler(AccountsDbContext db, TimeProvider clock, IOptionsMonitor<GroupOptions> options)
    : IRequestHandler<AddGroupMember, Guid>
{
    public async Task<Guid> Handle(AddGroupMember request, CancellationToken cancellationToken)
    {
        await Travellers.RefuseIfFrozenAsync(db, request.UserId, nameof(request.Answers.FullName), cancellationToken);
        var now = clock.GetUtcNow();
        var maximum = options.CurrentValue.MaximumSize;

        // Serialised per applicant, so two tabs adding at once cannot pass the maximum together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({request.UserId.ToString()}, 0))", cancellationToken);
        if (1 + await db.GroupMembers.CountAsync(m => m.OwnerId == request.UserId, cancellationToken) >= maximum)
        {
            throw new RequestValidationException([new ValidationFailure(
                nameof(request.Answers.FullName), "A group can have at most {0} people, you included.", maximum)]);
        }

        var member = new GroupMember
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = request.UserId,
            FullName = ProfileStore.Clean(request.Answers.FullName)!,
            DateOfBirth = DateAnswer.Parse(request.Answers.DateOfBirth),
            Nationality = request.Answers.Nationality!.Trim(),
            Relationship = request.Answers.Relationship!,
            AddedAt = now,
        };
        db.GroupMembers.Add(member);
        TravellerChanges.Tell(db, request.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return member.Id;
    }
}
