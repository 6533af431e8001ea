using System.Diagnostics;
using Border.Messaging.Contracts;
using Border.Testing;
using Npgsql;
using static Border.Benchmarks.BenchmarkChecks;

namespace Border.Benchmarks;

/// <summary>
/// The officers' shared inbox and the applicant's pages over 1,000,000 conversations and 5,000,000 messages (issue
/// 15): the inbox's first page, a page 10,000 deep (its keyset cursor found untimed), the applicant's conversation
/// list and one conversation's page, each the median of 50 calls through the use case. The rows are written with
/// INSERT … SELECT generate_series, untimed, and vacuumed as autovacuum would.
/// </summary>
internal sealed class MessagingBenchmark(int count) : IBenchmark
{
    public const int DefaultCount = 1_000_000;

    private const int MessagesPerConversation = 5;
    private const int ConversationsPerApplicant = 20;
    private const int DeepPage = 10_000;
    private const int Runs = 50;

    public string Name => "messaging";

    public string Description => $"inbox and conversation pages over {count:N0} conversations and {count * MessagesPerConversation:N0} messages (--count N conversations)";

    public async Task RunAsync(TextWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        await using var host = BorderHost.ForDatabase(database.Name, QuietLogging.Settings.ToDictionary());
        var officer = Guid.CreateVersion7();
        await host.SendAsync(new ListInbox(officer, InboxView.Unassigned));

        var seeding = Stopwatch.StartNew();
        await SeedAsync(database);
        Figures.Write(output, "messaging-seed", seeding.Elapsed.TotalSeconds, "s");
        Expect(await CountAsync(database, "SELECT count(*) FROM messaging.conversations"), count, "conversations");
        Expect(await CountAsync(database, "SELECT count(*) FROM messaging.messages"), (long)count * MessagesPerConversation, "messages");

        var deep = await DeepCursorAsync(database);
        var applicant = await FirstApplicantAsync(database);
        var conversation = (await host.SendAsync(new ListMyConversations(applicant))).Items[0].Id;

        await using var memory = MemorySampler.Start();
        var first = await MedianAsync(async () => Expect((await host.SendAsync(new ListInbox(officer, InboxView.Unassigned))).Items.Count, 25, "first page rows"));
        var deepPage = await MedianAsync(async () => Expect((await host.SendAsync(new ListInbox(officer, InboxView.Unassigned, After: deep))).Items.Count, 25, "deep page rows"));
        var list = await MedianAsync(async () => Expect((await host.SendAsync(new ListMyConversations(applicant))).Items.Count, ConversationsPerApplicant, "applicant's conversations"));
        var page = await MedianAsync(async () => Expect((await host.SendAsync(new GetMyConversation(applicant, conversation)))!.Messages.Count, MessagesPerConversation, "messages on the page"));

        Figures.Write(output, "messaging-inbox-first", first, "ms");
        Figures.Write(output, "messaging-inbox-deep", deepPage, "ms");
        Figures.Write(output, "messaging-conversations", list, "ms");
        Figures.Write(output, "messaging-conversation-page", page, "ms");
        Figures.Write(output, "messaging-heap-max", memory.MaxHeapBytes / (1024.0 * 1024.0), "MB");
        Figures.WritePeakMemory(output);
    }

    private static async Task<double> MedianAsync(Func<Task> call)
    {
        await call();
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var timer = Stopwatch.StartNew();
            await call();
            times.Add(timer.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[(Runs / 2) - 1] + times[Runs / 2]) / 2;
    }

    /// <remarks>
    /// Six in ten conversations wait unassigned, the rest are assigned, waiting on the applicant or closed, spread over
    /// the eight ports and three topics; each applicant has twenty, each conversation five messages, the last an
    /// officer's. Ids are UUIDv7-like (time-ordered) as Border makes them.
    /// </remarks>
    private async Task SeedAsync(BenchmarkDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            CREATE FUNCTION pg_temp.v7(at timestamptz, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
                SELECT (lpad(to_hex((extract(epoch FROM at) * 1000)::bigint), 12, '0') || '7' || substr(md5(n::text), 1, 3)
                    || '8' || substr(md5(n::text), 4, 15))::uuid $$;
            INSERT INTO messaging.conversations (id, applicant_id, topic, case_id, reference, port_code, subject, state, assigned_to,
                created_at, last_activity_at, queue_at, closed_at, unread_by_applicant)
            SELECT pg_temp.v7(t, g), md5('applicant' || (g / {ConversationsPerApplicant}))::uuid,
                (ARRAY['{nameof(ConversationTopic.General)}', '{nameof(ConversationTopic.Appointment)}', '{nameof(ConversationTopic.Case)}'])[1 + g % 3],
                NULL, NULL,
                (ARRAY['BCN', 'CHH', 'COA', 'SON', 'TAM', 'NLE', 'CHP', 'TAB'])[1 + g % 8],
                'Question ' || g,
                CASE WHEN g % 10 < 6 THEN '{nameof(ConversationState.Unassigned)}' WHEN g % 10 = 6 THEN '{nameof(ConversationState.Assigned)}' WHEN g % 10 < 9 THEN '{nameof(ConversationState.WaitingOnApplicant)}' ELSE '{nameof(ConversationState.Closed)}' END,
                CASE WHEN g % 10 < 6 THEN NULL ELSE md5('officer' || (g % 50))::uuid END,
                t, t + interval '1 hour', t + interval '1 hour',
                CASE WHEN g % 10 = 9 THEN t + interval '2 hours' END, g % 10 IN (7, 8)
            FROM generate_series(0, {count - 1}) g, LATERAL (SELECT now() - interval '90 days' + g * interval '7 seconds' AS t) s;
            INSERT INTO messaging.messages (id, conversation_id, author_id, from_staff, body, sent_at)
            SELECT pg_temp.v7(c.created_at + k * interval '10 minutes', ('x' || substr(md5(c.id::text || k), 1, 15))::bit(60)::bigint),
                c.id, CASE WHEN k = {MessagesPerConversation - 1} THEN md5('officer')::uuid ELSE c.applicant_id END,
                k = {MessagesPerConversation - 1}, 'Message ' || k || ' about my appointment, with a few words of text.',
                c.created_at + k * interval '10 minutes'
            FROM messaging.conversations c, generate_series(0, {MessagesPerConversation - 1}) k;
            """, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
        // VACUUM refuses to run inside a batch, so each is its own command.
        foreach (var statement in new[] { "VACUUM (ANALYZE) messaging.conversations", "VACUUM (ANALYZE) messaging.messages", "CHECKPOINT" })
        {
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<InboxCursor> DeepCursorAsync(BenchmarkDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT queue_at, id FROM messaging.conversations WHERE state = '{nameof(ConversationState.Unassigned)}' ORDER BY queue_at, id OFFSET {(DeepPage * 25) - 1} LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new BenchmarkFailedException($"fewer than {DeepPage} pages of unassigned conversations; run with a larger --count");
        }

        return new InboxCursor(reader.GetFieldValue<DateTimeOffset>(0), reader.GetGuid(1));
    }

    private static async Task<Guid> FirstApplicantAsync(BenchmarkDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT md5('applicant' || 7)::uuid", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
