using System.Globalization;
using Border.Scheduling.Contracts;
using Border.Web.Composition.Security;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Areas.Staff.Pages.Allocation;

/// <summary>
/// A supervisor starts the draw for a date: choose the date (a GET form), confirm, then POST. The run records who
/// started it and is audited; a date that already ran allocates nothing new.
/// </summary>
[RefusalFields("")]
[Authorize(Policy = BorderAuthorization.Supervisor)]
public sealed class RunModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public AllocationRunResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Date is not { } date)
        {
            return RedirectToPage();
        }

        Result = await mediator.Send(new RunAllocation(date, User.Id()));

        return Result.AlreadyRan ? Page() : RedirectToPage("/Allocation/Index", new { area = "Staff", ran = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }
}
