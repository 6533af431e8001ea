using System.Globalization;
using Border.Cases.Contracts.Catalogue;
using Border.Shared.Localization;
using Border.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Border.Cases.Tests.Catalogue;

public sealed class CatalogueTests
{
    [Fact]
    public void The_catalogue_has_the_three_kinds_each_with_questions_documents_a_decider_and_unique_keys()
    {
        Assert.Equal([CaseKind.AdvanceInformation, CaseKind.RecordCorrection, CaseKind.PortAccommodation], CaseCatalogue.Kinds.Select(k => k.Kind));
        Assert.All(CaseCatalogue.Kinds, kind =>
        {
            Assert.NotEmpty(kind.Questions);
            Assert.NotEmpty(kind.Documents);
            Assert.Equal(kind.Questions.Count, kind.Questions.Select(q => q.Key).Distinct().Count());
            Assert.Same(kind, CaseCatalogue.BySlug(kind.Slug));
        });
        Assert.Equal(CaseCatalogue.Reasons.Count, CaseCatalogue.Reasons.Select(r => r.Code).Distinct().Count());
        Assert.Contains(CaseCatalogue.Reasons, r => !r.Appealable);
    }

    [Fact]
    public async Task Every_text_of_the_catalogue_has_Spanish()
    {
        await using var host = BorderHost.ForDatabase("unused");
        var text = host.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
        try
        {
            var missing = Texts().Where(t => text[t].ResourceNotFound).ToList();
            Assert.Empty(missing);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IEnumerable<string> Texts() =>
        CaseCatalogue.Kinds.SelectMany(k => new[] { k.Title, k.Explanation }
            .Concat(k.Questions.SelectMany(q => new[] { q.Text, q.Hint }.Concat(q.Choices.Select(c => c.Text))))
            .Concat(k.Documents.Select(d => d.Text)))
        .Concat(CaseCatalogue.Reasons.Select(r => r.Text))
        .OfType<string>()
        .Distinct();
}
