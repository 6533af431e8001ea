using Border.Notifications.Contracts;

namespace Border.Scheduling.Features.Expiry;

/// <summary>
/// The SQL that turns rows changed by a conditional UPDATE into NotificationRequested events in Scheduling's
/// outbox, in the same statement: 100,000 expiries are one round trip, not 100,000 tracked entities. The JSON
/// is the shape System.Text.Json reads back as <see cref="NotificationRequested"/> (a test reads it so).
/// </summary>
internal static class OfferNotices
{
    public static readonly string EventType = typeof(NotificationRequested).AssemblyQualifiedName!;

    /// <summary>
    /// An INSERT…SELECT from the CTE <c>changed</c> (id, applicant_id, port_code, slot_starts_at, time_zone,
    /// deadline) into the outbox; parameters {0} = event type, {1} = now, {2} = kind.
    /// </summary>
    public const string InsertFromChanged = """
        INSERT INTO scheduling.outbox_messages (id, type, payload, occurred_at, attempts)
        SELECT gen_random_uuid(), {0}, jsonb_build_object(
                'EventId', gen_random_uuid(), 'OccurredAt', {1}::timestamptz, 'RecipientId', c.applicant_id, 'Kind', {2}::text,
                'Link', '/appointments', 'Address', NULL,
                'Arguments', jsonb_build_object(
                    'port', jsonb_build_object('Text', p.name),
                    'slot', jsonb_build_object('At', c.slot_starts_at, 'TimeZone', c.time_zone),
                    'deadline', jsonb_build_object('At', c.deadline, 'TimeZone', c.time_zone))),
            {1}::timestamptz, 0
        FROM changed c JOIN scheduling.ports p ON p.code = c.port_code
        """;
}
