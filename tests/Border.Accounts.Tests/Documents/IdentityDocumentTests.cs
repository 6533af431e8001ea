using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Documents;

public sealed class IdentityDocumentTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    [Fact]
    public async Task The_applicants_document_is_stored_with_its_number_in_capitals_and_saving_again_changes_the_same_one()
    {
        var id = await fixture.RegisterAsync();

        Assert.True(await fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.Passport, " g123 4567-x ", " MX ", new DateParts("1", "6", "2031"))));
        var first = (await fixture.Host.SendAsync(new GetProfile(id))).Document!;
        Assert.Equal((DocumentTypes.Passport, "G123 4567-X", "MX", new DateOnly(2031, 6, 1)), (first.Type, first.Number, first.IssuingCountry, first.ExpiresOn));
        Assert.Null(first.Photo);

        Assert.True(await fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.NationalId, "IDMEX123", "GT", new DateParts("20", "11", "2026"))));

        var second = (await fixture.Host.SendAsync(new GetProfile(id))).Document!;
        Assert.Equal((first.Id, DocumentTypes.NationalId, "IDMEX123", "GT", new DateOnly(2026, 11, 20)), (second.Id, second.Type, second.Number, second.IssuingCountry, second.ExpiresOn));
        Assert.Equal(1, await fixture.QueryAsync(db => db.IdentityDocuments.CountAsync(d => d.OwnerId == id)));
    }

    [Fact]
    public async Task Two_first_saves_of_one_document_at_once_keep_one_document_and_tell_the_other_to_check_it()
    {
        for (var round = 0; round < 5; round++)
        {
            var id = await fixture.RegisterAsync();

            var outcomes = await Task.WhenAll(new[] { "FIRST111", "SECOND22" }.Select(async number =>
            {
                try
                {
                    return (Number: number, Saved: await fixture.Host.SendAsync(ValidAnswers.Document(id, id, number)), Refusal: ((string, string)?)null);
                }
                catch (Border.Shared.Validation.RequestValidationException refused)
                {
                    var failure = Assert.Single(refused.Failures);
                    return (number, false, (failure.Field, failure.Message));
                }
            }));

            Assert.Contains(outcomes, o => o.Saved);
            Assert.All(outcomes.Where(o => !o.Saved), o => Assert.Equal(
                ("Number", "These details were changed somewhere else at the same moment. Check them and save again."), o.Refusal));
            var stored = Assert.Single(await fixture.QueryAsync(db => db.IdentityDocuments.Where(d => d.OwnerId == id).Select(d => d.Number).ToListAsync()));
            Assert.Contains(outcomes, o => o.Saved && o.Number == stored);
        }
    }

    [Fact]
    public async Task A_birth_certificate_may_have_no_expiry_date()
    {
        var id = await fixture.RegisterAsync();

        Assert.True(await fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.BirthCertificate, "ACTA-2015-0042", "MX", new DateParts(null, " ", ""))));

        var document = (await fixture.Host.SendAsync(new GetProfile(id))).Document!;
        Assert.Equal((DocumentTypes.BirthCertificate, (DateOnly?)null), (document.Type, document.ExpiresOn));
    }

    [Fact]
    public async Task A_birth_certificate_with_an_expiry_date_must_still_have_a_real_one_in_the_future()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("ExpiresOn", "This document has expired. Use a document that is still valid."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.BirthCertificate, "ACTA-1", "MX", new DateParts("1", "1", "2020")))));
        Assert.Equal(
            ("ExpiresOn", "An expiry date must have a day, a month and a year."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.BirthCertificate, "ACTA-1", "MX", new DateParts("1", null, "2040")))));
    }

    [Theory]
    [InlineData(DocumentTypes.Passport)]
    [InlineData(DocumentTypes.NationalId)]
    [InlineData(DocumentTypes.Other)]
    public async Task Every_other_type_of_document_needs_its_expiry_date(string type)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("ExpiresOn", "Enter the expiry date written on the document."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, type, "G12345678", "MX", new DateParts(null, null, null)))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).Document);
    }

    [Theory]
    [InlineData("1", "", "2031", "An expiry date must have a day, a month and a year.")]
    [InlineData("31", "4", "2031", "Enter a real expiry date, like 27 3 2030.")]
    [InlineData("1", "6", "31", "Enter a real expiry date, like 27 3 2030.")]
    [InlineData("1", "6", "1899", "This document has expired. Use a document that is still valid.")]
    [InlineData("1", "1", "3000", "Check the expiry date: a document is not valid for more than 20 years.")]
    [InlineData("1", "1", "2047", "Check the expiry date: a document is not valid for more than 20 years.")]
    [InlineData("1", "6", "2 031", "Enter a real expiry date, like 27 3 2030.")]
    [InlineData("19", "11", "2026", "This document has expired. Use a document that is still valid.")]
    [InlineData("1", "1", "2000", "This document has expired. Use a document that is still valid.")]
    public async Task A_wrong_or_past_expiry_date_is_refused_on_the_date(string day, string month, string year, string message)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("ExpiresOn", message),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.Passport, "G12345678", "MX", new DateParts(day, month, year)))));
    }

    [Fact]
    public async Task A_document_that_expires_today_is_still_valid()
    {
        var id = await fixture.RegisterAsync();

        Assert.True(await fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.Passport, "G12345678", "MX", new DateParts("20", "11", "2026"))));
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("-ABC123")]
    [InlineData("AB#123")]
    [InlineData("G1234567.")]
    [InlineData("Ñ1234567")]
    [InlineData("A12345678901234567890123456789012345678901")]
    public async Task A_document_number_in_the_wrong_format_is_refused(string number)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Number", "Enter the document number as it is written: 3 to 40 letters, digits, spaces or hyphens."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(ValidAnswers.Document(id, id, number))));
    }

    [Theory]
    [InlineData("AB1")]
    [InlineData("A123456789012345678901234567890123456789")]
    public async Task Document_numbers_of_3_to_40_characters_are_kept(string number)
    {
        var id = await fixture.RegisterAsync();

        Assert.True(await fixture.Host.SendAsync(ValidAnswers.Document(id, id, number)));

        Assert.Equal(number, (await fixture.Host.SendAsync(new GetProfile(id))).Document!.Number);
    }

    [Fact]
    public async Task Every_missing_answer_is_reported_at_once()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [
                ("Type", "Choose the type of document."),
                ("Number", "Enter the document number."),
                ("IssuingCountry", "Choose the country that issued the document."),
                ("ExpiresOn", "Enter the expiry date written on the document."),
            ],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, null, " ", null, new DateParts(null, null, null)))));
        Assert.Equal(
            [("Type", "Choose the type of document."), ("IssuingCountry", "Choose a country from the list.")],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, "visa", "G12345678", "XK1", new DateParts("1", "1", "2030")))));
    }

    [Fact]
    public async Task Refusals_are_in_spanish_for_a_spanish_speaker()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [
                ("Type", "Elija el tipo de documento."),
                ("Number", "Escriba el número del documento."),
                ("IssuingCountry", "Elija el país que emitió el documento."),
                ("ExpiresOn", "Escriba la fecha de vencimiento que aparece en el documento."),
            ],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, null, null, null, new DateParts(null, null, null))))));
        Assert.Equal(
            [
                ("Number", "Escriba el número del documento como aparece: de 3 a 40 letras, dígitos, espacios o guiones."),
                ("IssuingCountry", "Elija un país de la lista."),
                ("ExpiresOn", "Este documento está vencido. Use un documento vigente."),
            ],
            await Refusals.InSpanish(() => Refusals.Of(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.Passport, "#", "ZZ", new DateParts("1", "1", "2001"))))));
        Assert.Equal(
            ("ExpiresOn", "La fecha de vencimiento debe tener día, mes y año."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.Passport, "G1234567", "MX", new DateParts("1", "1", null))))));
        Assert.Equal(
            ("ExpiresOn", "Escriba una fecha de vencimiento real, como 27 3 2030."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new SaveIdentityDocument(id, id, DocumentTypes.Passport, "G1234567", "MX", new DateParts("30", "2", "2030"))))));
    }
}
