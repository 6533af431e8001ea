using Border.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Border.Web.Composition.Security;

/// <summary>
/// Staff signed in with a password alone (just invited, or their two-factor reset) see no page but the
/// setup page until two-factor is on; they may still sign out. Staff and Admin areas already refuse them
/// (their policies want the second factor) and send them to the same page.
/// </summary>
internal sealed class StaffEnrolmentFilter : IAsyncPageFilter
{
    private static readonly HashSet<string> Open = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/TwoFactorSetup",
        "/Account/SignOut",
        "/Account/SignIn",
        "/Account/Invitation",
        "/Status",
        "/Error",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (StaffEnrolment.IsPending(context.HttpContext.User)
            && !(context.ActionDescriptor.AreaName is null && Open.Contains(context.ActionDescriptor.ViewEnginePath)))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectResult(StaffEnrolment.SetupPath);
            return;
        }

        await next();
    }
}
