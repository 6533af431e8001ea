using Border.Scheduling.Contracts;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Appointments;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public RequestView? Current { get; private set; }

    [FromQuery]
    public bool Withdrawn { get; set; }

    public LiveAppointment? Live { get; private set; }

    [FromQuery]
    public bool Cancelled { get; set; }

    public async Task OnGetAsync()
    {
        Current = await mediator.Send(new GetMyRequest(User.Id()));
        Live = await mediator.Send(new GetMyLiveAppointment(User.Id()));
    }
}
