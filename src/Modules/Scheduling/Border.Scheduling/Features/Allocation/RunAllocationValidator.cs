using System.Globalization;
using Border.Scheduling.Contracts;
using Border.Scheduling.Rules;
using Border.Shared.Localization;
using Border.Shared.Validation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Border.Scheduling.Features.Allocation;

/// <summary>
/// A supervisor's draw by hand waits for its window to close: a draw while people can still request for the date
/// would pass over everyone who requests after it, whose receipt says the result comes after the draw. The
/// scheduled draw runs the day after its window, so it never meets this.
/// </summary>
internal sealed class RunAllocationValidator(
    RequestWindow window, TimeProvider clock, IOptionsMonitor<RequestWindowOptions> options, IStringLocalizer<Strings> S)
    : IRequestValidator<RunAllocation>
{
    public IEnumerable<ValidationFailure> Validate(RunAllocation request)
    {
        var closes = window.ClosesAt(window.WindowOf(request.AppointmentDate));
        if (request.StartedBy is not null && clock.GetUtcNow() < closes)
        {
            yield return new ValidationFailure(
                "Date",
                "People can still request appointments for {0} until {1}. Run the draw for that date after its window closes, so nobody who requests in it is passed over unseen.",
                request.AppointmentDate.ToString("D", CultureInfo.CurrentUICulture),
                ZonedTimeText.Format(S, closes.AddMinutes(-1), options.CurrentValue.TimeZone));
        }
    }
}
