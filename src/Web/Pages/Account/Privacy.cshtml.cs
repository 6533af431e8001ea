using System.ComponentModel.DataAnnotations;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Border.Accounts.Contracts;
using Border.Cases.Contracts;
using Border.Messaging.Contracts;
using Border.Notifications.Contracts;
using Border.Scheduling.Contracts;
using Border.Shared.Localization;
using Border.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Border.Web.Pages.Account;

[Authorize]
public sealed class PrivacyModel(IMediator mediator, TimeProvider clock, IStringLocalizer<Strings> S) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerOptions.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    [BindProperty]
    public CloseAccountForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    /// <summary>One JSON file with what each module holds about the person, asked of each module in turn.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var cases = await mediator.Send(new ExportCases(User.Id()));
        var messages = await mediator.Send(new ExportMyMessages(User.Id()));
        var export = new
        {
            exportedAt = clock.GetUtcNow(),
            account = await mediator.Send(new ExportAccount(User.Id())),
            notifications = await mediator.Send(new ExportNotifications(User.Id())),
            scheduling = await mediator.Send(new ExportScheduling(User.Id())),
            cases = cases.Cases,
            messages = messages.Conversations,
        };
        var zip = new MemoryStream();
        await using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var json = await archive.CreateEntry("my-data.json").OpenAsync())
            {
                await JsonSerializer.SerializeAsync(json, export, Indented);
            }

            // Photos are already compressed; storing them as they are saves the server's time.
            foreach (var file in await mediator.Send(new ExportAccountFiles(User.Id())))
            {
                await using var entry = await archive.CreateEntry($"files/{file.FileName}", CompressionLevel.NoCompression).OpenAsync();
                await entry.WriteAsync(file.Content);
            }

            foreach (var file in cases.Files)
            {
                await using var entry = await archive.CreateEntry($"files/cases/{file.FileName}", CompressionLevel.NoCompression).OpenAsync();
                await entry.WriteAsync(file.Content);
            }

            foreach (var file in messages.Files)
            {
                await using var entry = await archive.CreateEntry($"messages/{file.FileName}", CompressionLevel.NoCompression).OpenAsync();
                await entry.WriteAsync(file.Content);
            }
        }

        zip.Position = 0;
        return File(zip, "application/zip", "border-my-data.zip");
    }

    public async Task<IActionResult> OnPostCloseAsync()
    {
        if (!Input.Understood)
        {
            ModelState.AddModelError("Input.Understood", S["Tick the box to show you understand that this cannot be undone."]);
            return Page();
        }

        await mediator.Send(new CloseAccount(User.Id(), Input.Password ?? string.Empty));

        return RedirectToPage("/Index", new { area = "", closed = "true" });
    }

    public sealed class CloseAccountForm
    {
        [Display(Name = "Password")]
        public string? Password { get; set; }

        public bool Understood { get; set; }
    }
}
