using Border.Accounts.Contracts;
using Border.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Border.Accounts.Features.Invitations.AcceptInvitation;

internal sealed class CheckInvitationHandler(UserManager<BorderUser> users) : IRequestHandler<CheckInvitation, bool>
{
    public async Task<bool> Handle(CheckInvitation request, CancellationToken cancellationToken) =>
        await InvitationLink.OpenAsync(users, request.UserId, request.Code) is not null;
}
