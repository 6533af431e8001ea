using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;

namespace Border.Accounts.Tests.Profile;

/// <summary>Every profile page's refusals reach a Spanish speaker in Spanish, word for word as Strings.es.resx has them.</summary>
public sealed class ProfileRefusalsInSpanishTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    [Fact]
    public async Task Name()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [
                ("FullName", "Escriba su nombre completo como aparece en su documento de identidad."),
                ("OtherNames", "Los nombres deben tener 200 caracteres o menos."),
            ],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new SaveName(id, null, new string('x', 201))))));
        Assert.Equal(
            ("FullName", "Los nombres deben tener 200 caracteres o menos."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new SaveName(id, new string('x', 201), null)))));
    }

    [Theory]
    [InlineData(null, null, null, "Escriba su fecha de nacimiento.")]
    [InlineData("27", null, "1990", "La fecha de nacimiento debe tener día, mes y año.")]
    [InlineData("31", "2", "2000", "Escriba una fecha de nacimiento real, como 27 3 1990.")]
    [InlineData("1", "1", "2030", "La fecha de nacimiento debe estar en el pasado.")]
    public async Task Birth(string? day, string? month, string? year, string message)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [("DateOfBirth", message), ("Sex", "Elija el sexo que aparece en su documento de identidad.")],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new SaveBirth(id, new DateParts(day, month, year), null)))));
    }

    [Fact]
    public async Task Nationality()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [("CountryOfBirth", "Elija el país donde nació."), ("Nationality", "Elija su nacionalidad.")],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new SaveNationality(id, null, null)))));
        Assert.Equal(
            ("Nationality", "Elija un país de la lista."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new SaveNationality(id, "MX", "ZZ")))));
    }

    [Fact]
    public async Task Contact()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Phone", "Escriba un número de teléfono con su código de país, como +52 664 123 4567, o déjelo vacío."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new SaveContact(id, "llámame")))));
    }

    [Fact]
    public async Task Current_location()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [("City", "Escriba la ciudad o el pueblo donde está ahora."), ("State", "Elija el estado de México donde está ahora.")],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new SaveCurrentLocation(id, null, "CA")))));
        Assert.Equal(
            ("City", "La ciudad debe tener 100 caracteres o menos."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new SaveCurrentLocation(id, new string('c', 101), "BCN")))));
    }

    [Fact]
    public async Task Destination()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [
                ("Street", "Escriba la dirección donde se quedará en Estados Unidos."),
                ("City", "Escriba la ciudad en Estados Unidos."),
                ("State", "Elija el estado de Estados Unidos."),
                ("Zip", "Escriba el código postal (ZIP)."),
            ],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new SaveDestination(id, null, null, null, "SON", null)))));
        Assert.Equal(
            [
                ("Street", "La dirección debe tener 200 caracteres o menos."),
                ("Unit", "El departamento o la unidad debe tener 100 caracteres o menos."),
                ("City", "La ciudad debe tener 100 caracteres o menos."),
                ("Zip", "Escriba un código postal de 5 dígitos, como 78520."),
            ],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(
                new SaveDestination(id, new string('s', 201), new string('u', 101), new string('c', 101), "TX", "785")))));
    }

    [Fact]
    public async Task Language()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Culture", "Elija inglés o español."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new SaveLanguage(id, "pt")))));
    }
}
