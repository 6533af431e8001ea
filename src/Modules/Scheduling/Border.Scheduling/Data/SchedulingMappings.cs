using Border.Scheduling.Contracts;
using Mapster;

namespace Border.Scheduling.Data;

/// <summary>
/// How Scheduling's rows become the read models it answers with, projected in SQL by <c>ProjectToType</c>.
/// One per module, a singleton; a test compiles it and runs each projection on PostgreSQL.
/// </summary>
internal sealed class SchedulingMappings : TypeAdapterConfig
{
    public SchedulingMappings()
    {
        RequireExplicitMapping = true;
        RequireDestinationMemberSource = true;
        NewConfig<Port, PortSummary>();
        NewConfig<Appointment, RosterEntry>()
            .Map(d => d.Slot, s => s.SlotStart)
            .Map(d => d.ConfirmationNumber, s => s.ConfirmationNumber ?? "")
            .Map(d => d.People, s => s.PeopleCount)
            .Map(d => d.OutcomeAt, s => s.CheckedInAt);
    }
}
