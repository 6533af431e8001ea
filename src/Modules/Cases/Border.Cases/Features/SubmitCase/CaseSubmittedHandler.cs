using Border.Cases.Contracts;
using MediatR;

namespace Border.Cases.Features.SubmitCase;

/// <summary>The outbox delivers the submission back to Cases: the checks run outside the applicant's request.</summary>
internal sealed class CaseSubmittedHandler(IMediator mediator) : INotificationHandler<CaseSubmitted>
{
    public Task Handle(CaseSubmitted notification, CancellationToken cancellationToken) =>
        mediator.Send(new RunCaseChecks(notification.CaseId), cancellationToken);
}
