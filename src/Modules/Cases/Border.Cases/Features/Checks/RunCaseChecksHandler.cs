using System.Globalization;
using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Border.Cases.Features.Checks;

/// <summary>
/// Runs every check on a case and replaces the last run's results in one transaction, so a redelivered event or a
/// second run leaves one set. Scores are kept; a hit only flags the case for the officer.
/// </summary>
internal sealed class RunCaseChecksHandler(CasesDbContext db, IMediator mediator, TimeProvider clock, IOptionsMonitor<CasesOptions> options)
    : IRequestHandler<RunCaseChecks, int>
{
    public async Task<int> Handle(RunCaseChecks request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken);
        if (@case is null || @case.State is CaseState.Draft or CaseState.Discarded)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var profile = await mediator.Send(new GetProfile(@case.ApplicantId), cancellationToken);
        var travellers = Traveller.Of(profile);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(@case.TimeZone);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(@case.AppointmentAt ?? now, zone).DateTime);
        var documents = travellers.Where(t => t.Document is not null).Select(t => new DocumentKey(t.Document!.Number, t.Document.IssuingCountry)).ToList();
        var holders = await mediator.Send(new FindDocumentHolders(documents, @case.ApplicantId), cancellationToken);

        // Delivered from Cases' own outbox, the dispatcher's transaction on this same context is already open.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var findings = CheckFindings.DocumentValidity(travellers, day)
            .Concat(CheckFindings.Duplicates(travellers, holders))
            .Concat(CheckFindings.UnaccompaniedMinors(travellers, day))
            .ToList();
        findings.AddRange(await ScreenAsync(travellers, cancellationToken));

        await db.CheckResults.Where(c => c.CaseId == @case.Id).ExecuteDeleteAsync(cancellationToken);
        db.CheckResults.AddRange(findings.Select(f => new CheckResult
        {
            Id = Guid.CreateVersion7(now),
            CaseId = @case.Id,
            Check = f.Check,
            TravellerId = f.TravellerId,
            Hit = f.Hit,
            Explanation = f.Explanation,
            Arguments = f.Arguments,
            Score = f.Score,
            RanAt = now,
        }));
        var hits = findings.Count(f => f.Hit);
        @case.Checks = hits > 0 ? ChecksStatus.Hits : ChecksStatus.Clear;
        CaseHistory.Record(db, @case, CaseEventKind.ChecksFinished, Guid.Empty, now, after: new { @case.Id, Hits = hits });
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return hits;
    }

    private async Task<List<Finding>> ScreenAsync(IReadOnlyList<Traveller> travellers, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var threshold = options.CurrentValue.ScreeningThreshold;
        foreach (var t in travellers.Where(t => t.Name.Length > 0))
        {
            var matches = await WatchListScreening.ScreenAsync(db, t.Name, t.BirthDate, threshold, cancellationToken);
            findings.AddRange(matches.Select(m => new Finding(
                CheckKind.WatchList, t.Id, true, "{0} is similar to {1} on the watch list (similarity {2}).",
                [t.Name, m.FullName, m.Score.ToString("0.00", CultureInfo.InvariantCulture)], m.Score)));
        }

        if (findings.Count == 0)
        {
            findings.Add(new(CheckKind.WatchList, null, false, "Nobody in the group is similar to a name on the watch list.", []));
        }

        return findings;
    }
}
