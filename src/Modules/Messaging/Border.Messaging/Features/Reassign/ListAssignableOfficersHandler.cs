using Border.Messaging.Contracts;
using MediatR;

namespace Border.Messaging.Features.Reassign;

internal sealed class ListAssignableOfficersHandler(Rules.AssignableOfficers officers)
    : IRequestHandler<ListAssignableOfficers, IReadOnlyList<AssignableOfficer>>
{
    public Task<IReadOnlyList<AssignableOfficer>> Handle(ListAssignableOfficers request, CancellationToken cancellationToken) =>
        officers.ListAsync(cancellationToken);
}
