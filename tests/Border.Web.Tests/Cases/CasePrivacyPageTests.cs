using System.IO.Compression;
using System.Text.Json;
using Border.Testing;
using Border.Web.Tests.Support;

namespace Border.Web.Tests.Cases;

public sealed class CasePrivacyPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task The_privacy_download_holds_the_applicants_cases_and_their_files()
    {
        var (applicant, _) = await CaseJourney.ApplicantAsync(app, "case-export@example.test");
        var (id, receipt) = await CaseJourney.SubmittedCorrectionAsync(applicant);

        var response = await applicant.GetAsync("/account/privacy?handler=Export");

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var entry = Assert.Single(zip.Entries, e => e.FullName.StartsWith("files/cases/", StringComparison.Ordinal));
        Assert.Equal($"files/cases/{receipt}-", entry.FullName[..(13 + receipt.Length)]);
        using var json = await JsonDocument.ParseAsync(await zip.GetEntry("my-data.json")!.OpenAsync());
        var exported = Assert.Single(json.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Equal((id.ToString(), receipt, "Submitted"), (exported.GetProperty("id").GetString(), exported.GetProperty("receipt").GetString(), exported.GetProperty("state").GetString()));
        Assert.Equal("María José Pérez Lopes", exported.GetProperty("answers").GetProperty("correct-value").GetString());
        Assert.Equal(entry.Name, Assert.Single(exported.GetProperty("fileNames").EnumerateArray()).GetString());
        using var bytes = new MemoryStream();
        await (await entry.OpenAsync()).CopyToAsync(bytes);
        Assert.Equal(TestImages.Png.Take(8), bytes.ToArray().Take(8));
    }
}
