using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Cases.Contracts.Catalogue;
using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Cases;

/// <summary>The officers' queue, most urgent first, filtered by port, kind, state and checks; keyset pages of 50.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>
    /// A port's code, <see cref="NoPort"/> for the cases with no port yet, <see cref="EveryPort"/> for every port; left
    /// out, the officer's home port (every port for staff without one).
    /// </summary>
    [FromQuery]
    public string? Port { get; set; }

    public const string EveryPort = "all";

    public const string NoPort = "none";

    [FromQuery]
    public CaseKind? Kind { get; set; }

    [FromQuery]
    public CaseState State { get; set; } = CaseState.Submitted;

    [FromQuery]
    public ChecksStatus? Checks { get; set; }

    /// <summary>Claimed cases too (an officer's own work, or a supervisor looking at everyone's).</summary>
    [FromQuery]
    public bool Claimed { get; set; }

    [FromQuery]
    public long? AfterAt { get; set; }

    [FromQuery]
    public Guid? AfterId { get; set; }

    public IReadOnlyList<PortSummary> Ports { get; private set; } = [];

    public CaseQueuePage Queue { get; private set; } = new([], null);

    public static IReadOnlyList<CaseState> States { get; } =
        [CaseState.Submitted, CaseState.DocumentsRequested, CaseState.Appealed, CaseState.Approved, CaseState.Denied, CaseState.Withdrawn, CaseState.ClosedNoAnswer];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid || State is CaseState.Draft or CaseState.Discarded)
        {
            return BadRequest();
        }

        Ports = await mediator.Send(new ListPorts());
        Port = string.IsNullOrEmpty(Port) ? HomePort.Of(User)?.Code ?? EveryPort : Port;
        var filter = new CaseQueueFilter(
            Port is NoPort or EveryPort ? null : Port, Port == NoPort, Kind, State, Checks, UnclaimedOnly: !Claimed);
        var after = AfterAt is { } at && AfterId is { } id ? new QueuePosition(new DateTimeOffset(at, TimeSpan.Zero), id) : null;
        Queue = await mediator.Send(new ListCaseQueue(User.Id(), filter, after));
        return Page();
    }

    /// <summary>The address of the next page: the same filters, after the last row shown.</summary>
    public string NextPage(QueuePosition next) =>
        $"/staff/cases?port={Uri.EscapeDataString(Port ?? "")}&kind={Kind}&state={State}&checks={Checks}&claimed={Claimed}&afterAt={next.QueueAt.UtcTicks}&afterId={next.Id}";
}
