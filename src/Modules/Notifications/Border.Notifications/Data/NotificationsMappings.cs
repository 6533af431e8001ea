using System.Globalization;
using Border.Notifications.Contracts;
using Border.Shared.Localization;
using Mapster;

namespace Border.Notifications.Data;

/// <summary>
/// How Notifications' rows become the read models it answers with, projected in SQL by <c>ProjectToType</c>.
/// The reader's language is read when the query runs (EF makes it a parameter), so one projection serves both.
/// </summary>
internal sealed class NotificationsMappings : TypeAdapterConfig
{
    public NotificationsMappings()
    {
        RequireExplicitMapping = true;
        RequireDestinationMemberSource = true;
        NewConfig<PolicyUpdate, PolicyUpdateSummary>()
            .Map(d => d.Title, s => Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? s.TitleEnglish : s.TitleSpanish);
        NewConfig<PolicyUpdate, PolicyUpdateView>()
            .Map(d => d.Title, s => Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? s.TitleEnglish : s.TitleSpanish)
            .Map(d => d.Body, s => Cultures.IsEnglish(CultureInfo.CurrentUICulture) ? s.BodyEnglish : s.BodySpanish);
    }
}
