using Border.Shared.Jobs.Dashboard.History;
using MediatR;

namespace Border.Shared.Jobs.Dashboard.Runs;

/// <summary>One run with what the job logged, the stack trace of a failure included; null when it is not in the history.</summary>
public sealed record GetJobRunDetails(string EntryId) : IRequest<JobRunDetails?>;

public sealed record JobRunDetails(JobRun Run, string? Summary, string? Log);
