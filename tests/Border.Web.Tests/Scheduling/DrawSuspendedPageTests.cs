using System.Net;
using System.Text.RegularExpressions;
using Border.Scheduling.Contracts;
using Border.Testing;
using Border.Web.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Web.Tests.Scheduling;

/// <summary>While the daily draw is suspended, applicants read why in their language and a new request is refused with it.</summary>
public sealed class DrawSuspendedPageTests(WindowOpenWebApp app) : IClassFixture<WindowOpenWebApp>
{
    private const string English = "The ports are closed for the holiday.";
    private const string Spanish = "Los puertos están cerrados por el feriado.";

    [Fact]
    public async Task A_Spanish_applicant_reads_the_Spanish_reason_on_the_home_and_request_pages_and_a_request_sent_meanwhile_is_refused()
    {
        var (client, id) = await ReadyApplicantAsync("es");
        var open = await client.GetPageAsync("/appointments/request");
        var token = open.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await SendAsync(new SuspendDraw(Guid.CreateVersion7(), English, Spanish));
        try
        {
            var home = await client.GetPageAsync("/");
            Assert.Contains($"El sorteo diario está suspendido, así que por ahora no se reciben solicitudes: {Spanish}", Text(home.QuerySelector(".standing .notice")), StringComparison.Ordinal);

            var request = await client.GetPageAsync("/appointments/request");
            Assert.Contains(Spanish, Text(request.QuerySelector("main .notice")), StringComparison.Ordinal);
            Assert.DoesNotContain(English, request.Body!.TextContent, StringComparison.Ordinal);
            Assert.Null(request.QuerySelector("input[name='Input.PortCode']"));

            // The page was opened before the suspension; the request sent from it is refused with the reason, not a 500.
            var sent = await client.PostAsync("/appointments/request", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.PortCode"] = "laredo",
                ["Input.State"] = "CHH",
            }));
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            var refused = await sent.ParseAsync();
            Assert.Contains(Spanish, Text(refused.QuerySelector(".error-summary")), StringComparison.Ordinal);
            Assert.Equal("#Input_Request", refused.QuerySelector(".error-summary a")!.GetAttribute("href"));
            Assert.NotNull(refused.QuerySelector("#Input_Request"));
            Assert.Equal(0L, await RequestsOfAsync(id));
        }
        finally
        {
            await SendAsync(new LiftDrawSuspension(Guid.CreateVersion7()));
        }

        Assert.Null((await client.GetPageAsync("/appointments/request")).QuerySelector("main .notice"));
    }

    [Fact]
    public async Task An_English_applicant_reads_the_English_reason()
    {
        var (client, _) = await ReadyApplicantAsync("en");
        await SendAsync(new SuspendDraw(Guid.CreateVersion7(), English, Spanish));
        try
        {
            var request = await client.GetPageAsync("/appointments/request");

            Assert.Contains($"The daily draw is suspended, so no requests are taken for now: {English}", Text(request.QuerySelector("main .notice")), StringComparison.Ordinal);
        }
        finally
        {
            await SendAsync(new LiftDrawSuspension(Guid.CreateVersion7()));
        }
    }

    private async Task<long> RequestsOfAsync(Guid applicant)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.ConnectionStringFor(app.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM scheduling.appointment_requests WHERE applicant_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = applicant });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private Task<(HttpClient Client, Guid Id)> ReadyApplicantAsync(string culture) => Applicants.ReadySignedInAsync(app, culture);

    private static string Text(AngleSharp.Dom.IElement? element) => Regex.Replace(element?.TextContent ?? "", @"\s+", " ");

    private async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
