using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Profile;

public sealed class ProfileAnswersTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    private const string NameTooLong = "Names must be 200 characters or fewer.";

    [Fact]
    public async Task Each_page_stores_its_answers_trimmed_and_the_profile_returns_them()
    {
        var id = await fixture.RegisterAsync();

        await fixture.Host.SendAsync(new SaveName(id, "  María José Pérez López ", " Majo "));
        await fixture.Host.SendAsync(new SaveBirth(id, new DateParts(" 27 ", "3", " 1990"), Sexes.Female));
        await fixture.Host.SendAsync(new SaveNationality(id, " GT ", "MX "));
        await fixture.Host.SendAsync(new SaveContact(id, " +52 664 123 4567 "));
        await fixture.Host.SendAsync(new SaveCurrentLocation(id, " Tijuana ", " BCN "));
        await fixture.Host.SendAsync(new SaveDestination(id, " 1200 Elm Street ", "  ", " Brownsville ", " TX ", " 78520-1234 "));

        var profile = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Equal(("María José Pérez López", "Majo"), (profile.FullName, profile.OtherNames));
        Assert.Equal((new DateOnly(1990, 3, 27), Sexes.Female), (profile.DateOfBirth, profile.Sex));
        Assert.Equal(("GT", "MX"), (profile.CountryOfBirth, profile.Nationality));
        Assert.Equal("+52 664 123 4567", profile.Phone);
        Assert.Equal(("Tijuana", "BCN"), (profile.CurrentCity, profile.CurrentState));
        Assert.Equal(new DestinationView("1200 Elm Street", null, "Brownsville", "TX", "78520-1234"), profile.Destination);

        var row = await fixture.QueryAsync(db => db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == id));
        Assert.Equal(("María José Pérez López", "BCN", "78520-1234"), (row.FullName, row.CurrentState, row.DestinationZip));
        Assert.Equal(ProfileFixture.Now, row.UpdatedAt);
    }

    [Fact]
    public async Task Saving_a_page_again_replaces_its_answers_and_keeps_the_other_pages()
    {
        var id = await fixture.RegisterAsync();
        await fixture.Host.SendAsync(new SaveName(id, "Ana Pérez", "Anita"));
        await fixture.Host.SendAsync(new SaveNationality(id, "MX", "MX"));

        await fixture.Host.SendAsync(new SaveName(id, "Ana Pérez Gómez", null));

        var profile = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Equal(("Ana Pérez Gómez", null, "MX"), (profile.FullName, profile.OtherNames, profile.Nationality));
    }

    [Fact]
    public async Task A_new_applicant_is_missing_every_page_in_the_order_they_meet_them()
    {
        var id = await fixture.RegisterAsync();

        var profile = await fixture.Host.SendAsync(new GetProfile(id));

        Assert.Equal(
            [
                new ProfileStep(ProfileSection.Name),
                new ProfileStep(ProfileSection.Birth),
                new ProfileStep(ProfileSection.Nationality),
                new ProfileStep(ProfileSection.CurrentLocation),
                new ProfileStep(ProfileSection.Destination),
                new ProfileStep(ProfileSection.Document, id),
                new ProfileStep(ProfileSection.DocumentPhoto, id),
                new ProfileStep(ProfileSection.Selfie),
            ],
            profile.Missing);
        Assert.False(profile.Complete);
        Assert.Equal((1, 8, false), (profile.TravellerCount, profile.GroupMaximum, profile.GroupFrozen));
        Assert.Null(profile.Document);
        Assert.Null(profile.Selfie);
        Assert.Empty(profile.Members);
    }

    [Fact]
    public async Task Each_page_leaves_the_missing_list_as_it_is_saved_and_a_members_document_and_photo_are_needed_too()
    {
        var id = await fixture.RegisterAsync();

        await fixture.Host.SendAsync(new SaveName(id, "María José Pérez López", null));
        await fixture.Host.SendAsync(new SaveDestination(id, "1200 Elm Street", null, "Brownsville", "TX", "78520"));
        Assert.Equal(
            [ProfileSection.Birth, ProfileSection.Nationality, ProfileSection.CurrentLocation, ProfileSection.Document, ProfileSection.DocumentPhoto, ProfileSection.Selfie],
            (await fixture.Host.SendAsync(new GetProfile(id))).Missing.Select(s => s.Section));

        await ValidAnswers.CompleteProfileAsync(fixture, id);
        var done = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Empty(done.Missing);
        Assert.True(done.Complete);

        var member = await fixture.Host.SendAsync(new AddGroupMember(id, ValidAnswers.Member()));
        Assert.Equal(
            [new ProfileStep(ProfileSection.Document, member), new ProfileStep(ProfileSection.DocumentPhoto, member)],
            (await fixture.Host.SendAsync(new GetProfile(id))).Missing);

        Assert.True(await fixture.Host.SendAsync(ValidAnswers.Document(id, member, "M7654321")));
        Assert.Equal([new ProfileStep(ProfileSection.DocumentPhoto, member)], (await fixture.Host.SendAsync(new GetProfile(id))).Missing);

        await fixture.Host.SendAsync(new UploadDocumentPhoto(id, member, TestFiles.Upload(TestFiles.Pdf())));
        var complete = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.True(complete.Complete);
        Assert.Equal(2, complete.TravellerCount);
    }

    [Fact]
    public async Task The_phone_is_optional_it_is_never_missing_and_an_empty_answer_clears_it()
    {
        var id = await fixture.RegisterAsync();
        foreach (var page in ValidAnswers.Pages(id).Where(p => p is not SaveContact))
        {
            await fixture.Host.SendAsync(page);
        }

        Assert.True(await fixture.Host.SendAsync(ValidAnswers.Document(id, id)));
        await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Jpeg())));
        await fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(TestFiles.Jpeg())));
        var withoutPhone = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Null(withoutPhone.Phone);
        Assert.True(withoutPhone.Complete);

        await fixture.Host.SendAsync(new SaveContact(id, "(664) 123-4567"));
        Assert.Equal("(664) 123-4567", (await fixture.Host.SendAsync(new GetProfile(id))).Phone);

        await fixture.Host.SendAsync(new SaveContact(id, "   "));
        var cleared = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Null(cleared.Phone);
        Assert.True(cleared.Complete);
    }

    [Fact]
    public async Task A_name_is_needed_and_names_over_200_characters_are_refused()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("FullName", "Enter your full name as it is written on your identity document."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveName(id, "   ", null))));
        Assert.Equal(
            [("FullName", NameTooLong), ("OtherNames", NameTooLong)],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveName(id, new string('a', 201), new string('b', 201)))));

        await fixture.Host.SendAsync(new SaveName(id, new string('a', 200), new string('b', 200)));
        Assert.Equal(200, (await fixture.Host.SendAsync(new GetProfile(id))).FullName!.Length);
    }

    [Theory]
    [InlineData(null, null, null, "Enter your date of birth.")]
    [InlineData("", " ", "", "Enter your date of birth.")]
    [InlineData("27", "3", "", "A date of birth must have a day, a month and a year.")]
    [InlineData("", "3", "1990", "A date of birth must have a day, a month and a year.")]
    [InlineData("31", "2", "2000", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("29", "2", "1900", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("27", "3", "90", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("1", "13", "1990", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("0", "1", "1990", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("ten", "1", "1990", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("-1", "1", "1990", "Enter a real date of birth, like 27 3 1990.")]
    [InlineData("31", "12", "1899", "A date of birth must be in 1900 or later.")]
    [InlineData("1", "1", "1066", "A date of birth must be in 1900 or later.")]
    [InlineData("21", "11", "2026", "A date of birth must be in the past.")]
    [InlineData("1", "1", "2027", "A date of birth must be in the past.")]
    public async Task A_wrong_date_of_birth_is_explained_on_the_date(string? day, string? month, string? year, string message)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("DateOfBirth", message),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveBirth(id, new DateParts(day, month, year), Sexes.Male))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).DateOfBirth);
    }

    [Theory]
    [InlineData("29", "2", "2000")]
    [InlineData("1", "1", "1900")]
    [InlineData("20", "11", "2026")]
    [InlineData("07", "03", "1985")]
    public async Task Real_dates_of_birth_up_to_today_are_kept(string day, string month, string year)
    {
        var id = await fixture.RegisterAsync();

        await fixture.Host.SendAsync(new SaveBirth(id, new DateParts(day, month, year), Sexes.Another));

        var profile = await fixture.Host.SendAsync(new GetProfile(id));
        Assert.Equal(new DateOnly(int.Parse(year), int.Parse(month), int.Parse(day)), profile.DateOfBirth);
        Assert.Equal(Sexes.Another, profile.Sex);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("Female")]
    public async Task The_sex_must_be_one_of_the_choices(string? sex)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Sex", "Choose the sex written on your identity document."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveBirth(id, new DateParts("27", "3", "1990"), sex))));
    }

    [Fact]
    public async Task Countries_must_come_from_the_list()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [("CountryOfBirth", "Choose the country where you were born."), ("Nationality", "Choose your nationality.")],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveNationality(id, null, " "))));
        Assert.Equal(
            [("CountryOfBirth", "Choose a country from the list."), ("Nationality", "Choose a country from the list.")],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveNationality(id, "XX", "Mexico"))));
        Assert.Equal(
            ("Nationality", "Choose a country from the list."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveNationality(id, "MX", "mx"))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).Nationality);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me maybe")]
    [InlineData("+52 664 123 4567 ext 9")]
    [InlineData("+1234567890123456")]
    [InlineData("664#1234567")]
    public async Task A_phone_number_in_the_wrong_format_is_refused(string phone)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Phone", "Enter a phone number with its country code, like +52 664 123 4567, or leave it empty."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveContact(id, phone))));
    }

    [Fact]
    public async Task The_current_location_needs_a_city_and_a_mexican_state_from_the_list()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [("City", "Enter the city or town where you are now."), ("State", "Choose the Mexican state where you are now.")],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveCurrentLocation(id, " ", null))));
        Assert.Equal(
            [("City", "The city must be 100 characters or fewer."), ("State", "Choose the Mexican state where you are now.")],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveCurrentLocation(id, new string('c', 101), "TX"))));
        Assert.Equal(
            ("State", "Choose the Mexican state where you are now."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveCurrentLocation(id, "Tijuana", "Baja California"))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).CurrentState);
    }

    [Fact]
    public async Task The_destination_needs_a_street_a_city_a_us_state_from_the_list_and_a_zip_code()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            [
                ("Street", "Enter the street address where you will stay in the United States."),
                ("City", "Enter the city in the United States."),
                ("State", "Choose the U.S. state."),
                ("Zip", "Enter the ZIP code."),
            ],
            await Refusals.Of(() => fixture.Host.SendAsync(new SaveDestination(id, null, null, "", null, " "))));
        Assert.Equal(
            [
                ("Street", "The street address must be 200 characters or fewer."),
                ("Unit", "The apartment or unit must be 100 characters or fewer."),
                ("City", "The city must be 100 characters or fewer."),
                ("State", "Choose the U.S. state."),
            ],
            await Refusals.Of(() => fixture.Host.SendAsync(
                new SaveDestination(id, new string('s', 201), new string('u', 101), new string('c', 101), "BCN", "78520"))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).Destination.Street);
    }

    [Theory]
    [InlineData("7852")]
    [InlineData("785201")]
    [InlineData("ABCDE")]
    [InlineData("78520-12")]
    [InlineData("78520 1234")]
    public async Task A_zip_code_that_is_not_5_digits_or_zip_plus_4_is_refused(string zip)
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Zip", "Enter a ZIP code of 5 digits, like 78520."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveDestination(id, "1200 Elm Street", null, "Brownsville", "TX", zip))));
    }

    [Fact]
    public async Task The_language_must_be_english_or_spanish_and_is_kept_on_the_account()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(("Culture", "Choose English or Spanish."), await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveLanguage(id, "fr"))));
        Assert.Equal(("Culture", "Choose English or Spanish."), await Refusals.OneOf(() => fixture.Host.SendAsync(new SaveLanguage(id, null))));

        await fixture.SendInRequestAsync(new SaveLanguage(id, "es"));

        Assert.Equal("es", (await fixture.Host.SendAsync(new GetProfile(id))).PreferredCulture);
    }
}
