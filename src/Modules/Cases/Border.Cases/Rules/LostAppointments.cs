using Border.Cases.Contracts;
using Border.Cases.Data;

namespace Border.Cases.Rules;

/// <summary>What a case remembers of the group's appointment when Scheduling says it was cancelled or missed, or confirmed anew.</summary>
internal static class LostAppointments
{
    public static LostAppointment? Of(Case @case) =>
        @case is { LostAppointmentAt: { } at, LostAppointmentPort: { } port, LostAppointmentZone: { } zone }
            ? new LostAppointment(at, port, zone, @case.LostAppointmentHow ?? AppointmentLoss.Cancelled)
            : null;

    /// <summary>The case no longer waits for that appointment: its queue place falls back to the submission.</summary>
    public static void Lose(Case @case, AppointmentLoss how, DateTimeOffset slotStartsAt, string portName, string portTimeZone, DateTimeOffset now)
    {
        @case.LostAppointmentAt = slotStartsAt;
        @case.LostAppointmentPort = portName;
        @case.LostAppointmentZone = portTimeZone;
        @case.LostAppointmentHow = how;
        @case.AppointmentAt = null;
        @case.QueueAt = QueueOrder.KeyOf(@case);
        @case.UpdatedAt = now;
    }

    /// <summary>A new appointment is confirmed: the case waits for it, and the lost one is no longer news.</summary>
    public static void Replace(Case @case, DateTimeOffset slotStartsAt, DateTimeOffset now)
    {
        @case.LostAppointmentAt = null;
        @case.LostAppointmentPort = null;
        @case.LostAppointmentZone = null;
        @case.LostAppointmentHow = null;
        @case.AppointmentAt = slotStartsAt;
        @case.QueueAt = QueueOrder.KeyOf(@case);
        @case.UpdatedAt = now;
    }
}
