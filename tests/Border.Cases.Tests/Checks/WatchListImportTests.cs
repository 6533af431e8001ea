using System.Text;
using Border.Cases.Contracts;
using Border.Cases.Tests.Support;

namespace Border.Cases.Tests.Checks;

public sealed class WatchListImportTests(CasesFixture world) : IClassFixture<CasesFixture>
{
    private readonly Guid supervisor = Guid.CreateVersion7();

    [Fact]
    public async Task A_correct_file_adds_every_name_screening_finds_them_and_one_audit_entry_lists_them()
    {
        var csv = """
            full_name,birth_date,reason
            "Quintero, Rafael Ángel",1961-07-22,Court order 17/2026
            Ximena Villalobos Ruiz,,"Reported by the port of San Ysidro, twice"
            """;

        Assert.Equal(2, await world.Host.SendAsync(new ImportWatchList(supervisor, File(csv))));

        var match = Assert.Single(await world.Host.SendAsync(new ScreenName("XIMENA VILLALOBOS RUIZ", null)));
        Assert.Equal("Ximena Villalobos Ruiz", match.FullName);
        Assert.Equal(new DateOnly(1961, 7, 22), Assert.Single(await world.Host.SendAsync(new ScreenName("Rafael Angel Quintero", null))).BirthDate);
        Assert.Equal(1, await world.CountAsync(
            "SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.watch-list-imported' AND actor_id = $1 AND after->>'Count' = '2'", supervisor));
    }

    [Fact]
    public async Task A_file_with_faults_adds_nothing_and_names_each_faulty_line_in_the_persons_language()
    {
        var csv = """
            full_name,birth_date,reason
            Teodoro Fuentes Ibarra,1980-02-30,Court order
            ,1975-01-01,Court order
            Inés Cabrera Solís,2090-01-01,
            Good Line Person,1970-05-05,Court order
            "Unclosed quote,1970-05-05,Court order
            Only,two
            """;
        var before = await world.CountAsync("SELECT count(*) FROM cases.watch_list");

        var english = await Refusals.Of(() => world.Host.SendAsync(new ImportWatchList(supervisor, File(csv))));
        var spanish = await Refusals.Of(() => Refusals.InSpanish(() => world.Host.SendAsync(new ImportWatchList(supervisor, File(csv)))));

        Assert.Equal(
            [
                "Line 2: write the date of birth as YYYY-MM-DD (for example 1990-03-27), or leave it empty.",
                "Line 3: enter the full name, at most 200 characters.",
                "Line 4: the date of birth is in the future.",
                "Line 4: say why the person is on the list, at most 500 characters.",
                "Line 6: a quotation mark is not closed.",
                "Line 7: expected 3 values separated by commas, found 2.",
            ],
            english.Select(f => f.Message));
        Assert.All(english, f => Assert.Equal("File", f.Field));
        Assert.Equal("Línea 3: escriba el nombre completo, con un máximo de 200 caracteres.", spanish[1].Message);
        Assert.Equal(before, await world.CountAsync("SELECT count(*) FROM cases.watch_list"));
        Assert.Equal(0, await world.CountAsync("SELECT count(*) FROM cases.audit_entries WHERE action = 'cases.watch-list-imported' AND actor_id = $1", supervisor));
    }

    [Fact]
    public async Task A_missing_file_a_wrong_header_and_a_file_of_no_names_are_refused_clearly()
    {
        Assert.Equal(("File", "Choose a CSV file to import."), await Refusals.OneOf(() => world.Host.SendAsync(new ImportWatchList(supervisor, null))));
        Assert.Equal(
            ("File", "The first line must name the columns: full_name,birth_date,reason"),
            await Refusals.OneOf(() => world.Host.SendAsync(new ImportWatchList(supervisor, File("name,reason\nAna,x")))));
        Assert.Equal(
            ("File", "El archivo no tiene nombres después de la primera línea."),
            await Refusals.OneOf(() => Refusals.InSpanish(() => world.Host.SendAsync(new ImportWatchList(supervisor, File("full_name,birth_date,reason\n"))))));
    }

    private static WatchListFile File(string csv)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        return new WatchListFile(new MemoryStream(bytes), bytes.Length);
    }
}
