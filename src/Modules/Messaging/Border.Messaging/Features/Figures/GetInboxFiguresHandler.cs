using Border.Messaging.Contracts;
using Border.Messaging.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Border.Messaging.Features.Figures;

/// <summary>
/// The supervisors' figures in one statement: what waits in each open state, and the median time from a conversation's
/// first applicant message to the first officer's message after it, of the conversations first answered in the
/// window (as Cases measures its first decisions).
/// </summary>
internal sealed class GetInboxFiguresHandler(MessagingDbContext db, TimeProvider clock) : IRequestHandler<GetInboxFigures, InboxFigures>
{
    private const string Sql = $"""
        WITH first_asked AS (
            SELECT conversation_id, min(sent_at) AS asked_at FROM messaging.messages WHERE NOT from_staff GROUP BY conversation_id),
        first_answers AS (
            SELECT f.asked_at,
                   (SELECT min(m.sent_at) FROM messaging.messages m
                    WHERE m.conversation_id = f.conversation_id AND m.from_staff AND m.sent_at >= f.asked_at) AS answered_at
            FROM first_asked f),
        answered AS (
            SELECT extract(epoch FROM answered_at - asked_at)::float8 AS seconds FROM first_answers WHERE answered_at > $1)
        SELECT
            (SELECT count(*)::int FROM messaging.conversations WHERE state = {ConversationStateSql.Unassigned}),
            (SELECT count(*)::int FROM messaging.conversations WHERE state = {ConversationStateSql.Assigned}),
            (SELECT count(*)::int FROM messaging.conversations WHERE state = {ConversationStateSql.WaitingOnApplicant}),
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM answered),
            (SELECT count(*)::int FROM answered)
        """;

    public async Task<InboxFigures> Handle(GetInboxFigures request, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow().AddDays(-InboxFigures.WindowDays) });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new InboxFigures(
                reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : TimeSpan.FromSeconds(Math.Round(reader.GetDouble(3))),
                reader.GetInt32(4));
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
