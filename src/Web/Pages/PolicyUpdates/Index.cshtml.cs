using Border.Notifications.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.PolicyUpdates;

/// <summary>Every published rule change, open to anyone: people should not need an account to learn the rules.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public PolicyUpdatePage Updates { get; private set; } = new([], 1, 1);

    public async Task OnGetAsync([FromQuery] int page = 1) =>
        Updates = await mediator.Send(new ListPolicyUpdates(page));
}
