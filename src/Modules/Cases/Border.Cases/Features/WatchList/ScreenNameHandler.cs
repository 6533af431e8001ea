using Border.Cases.Contracts;
using Border.Cases.Data;
using Border.Cases.Rules;
using MediatR;
using Microsoft.Extensions.Options;

namespace Border.Cases.Features.WatchList;

internal sealed class ScreenNameHandler(CasesDbContext db, IOptionsMonitor<CasesOptions> options) : IRequestHandler<ScreenName, IReadOnlyList<WatchListMatch>>
{
    public Task<IReadOnlyList<WatchListMatch>> Handle(ScreenName request, CancellationToken cancellationToken) =>
        WatchListScreening.ScreenAsync(db, request.FullName, request.BirthDate, options.CurrentValue.ScreeningThreshold, cancellationToken);
}
