using Border.Cases.Contracts;
using Border.Cases.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Border.Cases.Features.Figures;

/// <summary>
/// Supervisors' figures, per port and in all (grouping sets, so one read of the table answers both): cases by state,
/// the case waiting longest for staff (submitted or appealed) and the median days from submission to a case's first
/// decision, of the cases first decided in the last 30 days.
/// </summary>
internal sealed class GetCaseFiguresHandler(CasesDbContext db, TimeProvider clock) : IRequestHandler<GetCaseFigures, CaseFigures>
{
    private const string StatesSql = $"""
        SELECT grouping(port_code) = 1 AS every, port_code, state, count(*)::int
        FROM cases.cases
        WHERE state NOT IN ({CaseStateSql.Draft}, {CaseStateSql.Discarded})
        GROUP BY GROUPING SETS ((port_code, state), (state))
        """;

    private const string WaitingSql = $"""
        SELECT DISTINCT ON (port_code) port_code, submitted_at, receipt
        FROM cases.cases
        WHERE state IN ({CaseStateSql.Submitted}, {CaseStateSql.Appealed})
        ORDER BY port_code, submitted_at, id
        """;

    private const string DecisionsSql = """
        WITH first_decisions AS (
            SELECT case_id, min(decided_at) AS decided_at FROM cases.decisions GROUP BY case_id)
        SELECT grouping(c.port_code) = 1 AS every, c.port_code,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.decided_at - c.submitted_at) / 86400.0),
               count(*)::int
        FROM first_decisions f JOIN cases.cases c ON c.id = f.case_id
        WHERE f.decided_at > $1
        GROUP BY GROUPING SETS ((c.port_code), ())
        """;

    public async Task<CaseFigures> Handle(GetCaseFigures request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var figures = new Dictionary<(bool Every, string? Port), Figures>();
        Figures Of(bool every, string? port) =>
            figures.TryGetValue((every, port), out var f) ? f : figures[(every, port)] = new Figures();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using (var states = await new NpgsqlCommand(StatesSql, connection).ExecuteReaderAsync(cancellationToken))
            {
                while (await states.ReadAsync(cancellationToken))
                {
                    var state = Enum.Parse<CaseState>(states.GetString(2));
                    Of(states.GetBoolean(0), states.IsDBNull(1) ? null : states.GetString(1)).ByState[state] = states.GetInt32(3);
                }
            }

            await using (var waiting = await new NpgsqlCommand(WaitingSql, connection).ExecuteReaderAsync(cancellationToken))
            {
                while (await waiting.ReadAsync(cancellationToken))
                {
                    var (since, receipt) = (waiting.GetFieldValue<DateTimeOffset>(1), waiting.GetString(2));
                    Of(false, waiting.IsDBNull(0) ? null : waiting.GetString(0)).Oldest(since, receipt);
                    Of(true, null).Oldest(since, receipt);
                }
            }

            await using var decisions = new NpgsqlCommand(DecisionsSql, connection);
            decisions.Parameters.Add(new NpgsqlParameter { Value = now.AddDays(-GetCaseFigures.DecisionDays) });
            await using var decided = await decisions.ExecuteReaderAsync(cancellationToken);
            while (await decided.ReadAsync(cancellationToken))
            {
                var f = Of(decided.GetBoolean(0), decided.IsDBNull(1) ? null : decided.GetString(1));
                f.Median = decided.IsDBNull(2) ? null : decided.GetDouble(2);
                f.Decided = decided.GetInt32(3);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        var ports = figures.Where(f => !f.Key.Every)
            .OrderBy(f => f.Key.Port is null).ThenBy(f => f.Key.Port, StringComparer.Ordinal)
            .Select(f => f.Value.View(f.Key.Port))
            .ToList();
        return new CaseFigures(now, Of(true, null).View(null), ports);
    }

    private sealed class Figures
    {
        public Dictionary<CaseState, int> ByState { get; } = [];

        public DateTimeOffset? Since { get; private set; }

        public string? Receipt { get; private set; }

        public double? Median { get; set; }

        public int Decided { get; set; }

        public void Oldest(DateTimeOffset since, string receipt)
        {
            if (Since is null || since < Since)
            {
                (Since, Receipt) = (since, receipt);
            }
        }

        public PortFigures View(string? port) => new(port, ByState, Since, Receipt, Median, Decided);
    }
}
