using Border.Testing;
using Border.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Border.Web.Tests.Security;

/// <summary>A person's mistake is one line with its reason; only faults carry a stack trace.</summary>
public sealed class OrdinaryMistakeLoggingTests : IAsyncLifetime
{
    private readonly RecordedApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task A_wrong_password_is_one_information_line_with_its_reason_and_no_exception()
    {
        var client = app.CreateBrowserClient();
        await client.GetPageAsync("/account/sign-in");
        app.Logs.Clear();

        await client.SignInAsync("applicant@border.test", "not the password at all");

        var entries = app.Logs.Entries;
        Assert.DoesNotContain(entries, e => e.Exception is not null);
        var line = Assert.Single(entries, e => e.Message.Contains("Sign-in refused", StringComparison.Ordinal));
        Assert.Contains("wrong password", line.Message, StringComparison.Ordinal);
        Assert.InRange(line.Level, LogLevel.Information, LogLevel.Warning);
    }

    [Fact]
    public async Task A_refused_form_is_one_line_with_its_reason_and_no_exception()
    {
        var client = app.CreateBrowserClient();
        await client.GetPageAsync("/account/register");
        app.Logs.Clear();

        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "mistake@example.test",
            ["Input.Password"] = "too short",
            ["Input.AcceptedTerms"] = "true",
        });

        var entries = app.Logs.Entries;
        Assert.DoesNotContain(entries, e => e.Exception is not null);
        var line = Assert.Single(entries, e => e.Message.Contains("RegisterApplicant refused", StringComparison.Ordinal));
        Assert.Contains("12 characters", line.Message, StringComparison.Ordinal);
        Assert.InRange(line.Level, LogLevel.Information, LogLevel.Warning);
    }

    private sealed class RecordedApp : BorderWebApp
    {
        public LogRecorder Logs { get; } = new(LogLevel.Information);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
