using System.Globalization;
using System.Text.Json;
using Border.Accounts.Contracts;
using Border.Accounts.Data;
using Border.Accounts.Identity;
using Border.Notifications.Contracts;
using Border.Shared.Audit;
using Border.Shared.Outbox;
using Border.Testing;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Border.Accounts.Tests.StaffAccounts;

/// <summary>What the staff-account tests share: an acting admin, accounts to act on, and reading back what was saved.</summary>
internal static class StaffWorld
{
    public const string Password = "a long river of words";

    public static async Task<Guid> InviteAsync(this BorderHost host, string email, string role = Roles.Officer, Guid? actor = null) =>
        await host.SendAsync(new InviteStaff(actor ?? Guid.CreateVersion7(), email, role, "en"));

    public static async Task<Guid> RegisterApplicantAsync(this BorderHost host, string email)
    {
        await host.SendAsync(new RegisterApplicant(email, Password, "en", AcceptedTerms: true));
        return await TestAccounts.IdOfAsync(host.Services, email);
    }

    /// <summary>Sends as a page would inside a request, for use cases that sign someone in or out.</summary>
    public static async Task<TResponse> SendInRequestAsync<TResponse>(this BorderHost host, IRequest<TResponse> request)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public static async Task<BorderUser> UserAsync(this BorderHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    public static async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(this BorderHost host, Guid subjectId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.SubjectId == subjectId)
            .OrderBy(a => a.Id)
            .ToListAsync();
    }

    public static AccountAuditState? State(string? json) => json is null ? null : JsonSerializer.Deserialize<AccountAuditState>(json);

    /// <summary>The invitation emails queued for this account, oldest first, as Notifications will receive them.</summary>
    public static async Task<IReadOnlyList<NotificationRequested>> InvitationsOfAsync(this BorderHost host, Guid userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
        return [.. messages
            .Where(m => m.Type == IntegrationEventRegistry.NameOf<NotificationRequested>())
            .Select(m => JsonSerializer.Deserialize<NotificationRequested>(m.Payload)!)
            .Where(n => n.RecipientId == userId && n.Kind == NotificationKinds.StaffInvitation)
            .OrderBy(n => n.EventId)];
    }

    /// <summary>The code in an invitation's link, as the page receives it.</summary>
    public static string CodeIn(NotificationRequested invitation)
    {
        var link = invitation.Arguments["link"].Page!;
        Assert.StartsWith($"{AccountLinks.InvitationPath}?user={invitation.RecipientId}&code=", link, StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(new Uri("https://localhost" + link).Query)["code"].ToString();
    }

    public static async Task<T> InSpanishAsync<T>(Func<Task<T>> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
