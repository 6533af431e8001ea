using MediatR;

namespace Border.Cases.Contracts;

/// <summary>
/// A job's request: every case whose document request is past its deadline unanswered becomes "closed: no answer",
/// the applicant told. Only overdue ones, each once, even when two runs overlap. Returns how many were closed.
/// </summary>
public sealed record CloseUnansweredCases : IRequest<int>;

/// <summary>A job's request: reminds each applicant 7 days and 1 day before a document request's deadline, each once.</summary>
public sealed record SendDocumentReminders : IRequest<int>;

/// <summary>
/// A job's request: a case whose document request was answered goes back to the queue when the officer who asked, still
/// holding it, has not acted on it within the working days set (2, Monday to Friday, where the applicant is). Each
/// answer is looked at once, even when two runs overlap. Returns how many cases went back to the queue.
/// </summary>
public sealed record ReturnUnattendedAnswers : IRequest<int>;
