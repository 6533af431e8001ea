using System.Globalization;
using Border.Cases.Contracts.Requirements;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Border.Web.Pages.Requirements;

/// <summary>The entry requirements, public: every page by topic, titled in the reader's language or in English.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<IGrouping<RequirementTopic, RequirementLink>> Topics { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var links = await mediator.Send(new ListRequirementPages(CultureInfo.CurrentUICulture.Name));
        Topics = [.. links.GroupBy(link => link.Topic)];
    }
}
