using Border.Cases.Data;

namespace Border.Cases.Rules;

internal static class QueueOrder
{
    /// <summary>Far enough ahead that every case with an appointment sorts before every case without one.</summary>
    private const int NoAppointmentYears = 1000;

    public static DateTimeOffset KeyOf(Case @case) =>
        @case.AppointmentAt ?? (@case.SubmittedAt ?? @case.CreatedAt).AddYears(NoAppointmentYears);
}
