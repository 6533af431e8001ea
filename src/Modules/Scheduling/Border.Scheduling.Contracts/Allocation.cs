using MediatR;

namespace Border.Scheduling.Contracts;

/// <summary>
/// The daily draw for one appointment date, among the pending requests of the window that closed the day
/// before the run. Once per date: a second run for the same date allocates nothing new.
/// </summary>
public sealed record RunAllocation(DateOnly AppointmentDate, Guid? StartedBy = null) : IRequest<AllocationRunResult>;

public sealed record AllocationRunResult(Guid RunId, bool AlreadyRan, int Requests, int Offers, int People);
