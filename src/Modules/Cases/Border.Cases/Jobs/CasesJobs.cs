using Border.Cases.Contracts;
using MediatR;

namespace Border.Cases.Jobs;

/// <summary>Closes cases whose document request passed its deadline unanswered; each request is taken by a conditional update.</summary>
internal sealed class CloseUnansweredCasesJob(IMediator mediator)
{
    public const string Id = "cases-close-unanswered";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new CloseUnansweredCases(), cancellationToken);
}

/// <summary>Reminds applicants 7 days and 1 day before a document request's deadline; each reminder once, by its conditional update.</summary>
internal sealed class DocumentRemindersJob(IMediator mediator)
{
    public const string Id = "cases-document-reminders";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new SendDocumentReminders(), cancellationToken);
}

/// <summary>Gives back to the queue an answered case its officer has not acted on within 2 working days; each answer settled once.</summary>
internal sealed class ReturnUnattendedAnswersJob(IMediator mediator)
{
    public const string Id = "cases-return-unattended-answers";

    public Task<int> RunAsync(CancellationToken cancellationToken) => mediator.Send(new ReturnUnattendedAnswers(), cancellationToken);
}
