using System.Globalization;
using System.Reflection;
using Border.Cases.Contracts;
using Border.Shared.Localization;
using Border.Web.Areas.Admin;
using Border.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Border.Web.Tests.Admin;

/// <summary>
/// Every audit action constant a module publishes (a public static *AuditActions class in a Contracts project or in
/// Shared) is offered by the audit page's filter and read there in plain words, in English and in Spanish.
/// </summary>
public sealed class AuditActionLabelTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    public static TheoryData<string> Actions => [.. Constants()];

    [Theory]
    [MemberData(nameof(Actions))]
    public void Every_audit_action_is_offered_and_named_in_english_and_spanish(string action)
    {
        Assert.Contains(action, AuditActionNames.Known);
        var english = In("en", s => AuditActionNames.Describe(action, s));
        var spanish = In("es", s => AuditActionNames.Describe(action, s));

        Assert.NotEqual(action, english);
        Assert.NotEqual(english, spanish);
    }

    [Fact]
    public void The_constants_come_from_every_module_and_shared()
    {
        var prefixes = Constants().Select(a => a.Split('.')[0]).ToHashSet();

        Assert.Superset(new HashSet<string> { "accounts", "scheduling", "cases", "messaging", "jobs", "settings" }, prefixes);
        Assert.Contains(CaseAuditActions.AppointmentCancelled, Constants());
    }

    [Theory]
    [InlineData("en", "Case decided")]
    [InlineData("es", "Caso decidido")]
    public void A_cases_action_reads_in_the_readers_language(string culture, string expected) =>
        Assert.Equal(expected, In(culture, s => AuditActionNames.Describe(CaseAuditActions.Decided, s)));

    private static IEnumerable<string> Constants() =>
        typeof(AuditActionNames).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name is { } name && (name.EndsWith(".Contracts", StringComparison.Ordinal) || name == "Border.Shared"))
            .Select(Assembly.Load)
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("AuditActions", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct()
            .Order(StringComparer.Ordinal);

    private string In(string culture, Func<IStringLocalizer, string> render)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return render(app.Services.GetRequiredService<IStringLocalizer<Strings>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }
}
