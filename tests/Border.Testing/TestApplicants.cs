using Border.Accounts.Contracts;
using Border.Accounts.Contracts.Profile;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Border.Testing;

/// <summary>Applicants made through Accounts' own use cases, for tests in other modules.</summary>
public static class TestApplicants
{
    public const string Password = "a long river of words";

    /// <summary>Registers an applicant; their user id.</summary>
    public static async Task<Guid> RegisterAsync(IServiceProvider services, string? email = null, string culture = "en")
    {
        email ??= $"{Guid.NewGuid():N}@example.test";
        await SendAsync(services, new RegisterApplicant(email, Password, culture, AcceptedTerms: true));
        return await TestAccounts.IdOfAsync(services, email);
    }

    /// <summary>Marks the address confirmed, as opening the emailed link does.</summary>
    public static async Task ConfirmEmailAsync(IServiceProvider services, Guid userId)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand("UPDATE accounts.users SET email_confirmed = true WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every page of the profile, the photos included, and <paramref name="companions"/> group members with their documents.</summary>
    public static async Task CompleteProfileAsync(IServiceProvider services, Guid userId, int companions = 0, string state = "BCN")
    {
        IRequest<Unit>[] pages =
        [
            new SaveName(userId, "María José Pérez López", "Majo"),
            new SaveBirth(userId, new DateParts("27", "3", "1990"), Sexes.Female),
            new SaveNationality(userId, "MX", "MX"),
            new SaveContact(userId, "+52 664 123 4567"),
            new SaveCurrentLocation(userId, "Tijuana", state),
            new SaveDestination(userId, "1200 Elm Street", "Apt 4", "Brownsville", "TX", "78520"),
        ];
        foreach (var page in pages)
        {
            await SendAsync(services, page);
        }

        await DocumentAsync(services, userId, userId);
        await SendAsync(services, new UploadSelfie(userId, Upload()));
        for (var i = 0; i < companions; i++)
        {
            var member = await SendAsync(services, new AddGroupMember(
                userId, new MemberAnswers($"Lucía Pérez {i + 1}", new DateParts("3", "5", "2015"), "MX", Relationships.Child)));
            await DocumentAsync(services, userId, member);
        }
    }

    /// <summary>Registered, address confirmed, profile complete: ready to request an appointment.</summary>
    public static async Task<Guid> ReadyAsync(IServiceProvider services, int companions = 0, string culture = "en")
    {
        var id = await RegisterAsync(services, culture: culture);
        await ConfirmEmailAsync(services, id);
        await CompleteProfileAsync(services, id, companions);
        return id;
    }

    private static async Task DocumentAsync(IServiceProvider services, Guid userId, Guid travellerId)
    {
        await SendAsync(services, new SaveIdentityDocument(
            userId, travellerId, DocumentTypes.Passport, $"G{Random.Shared.Next(10_000_000, 99_999_999)}", "MX", new DateParts("1", "6", "2035")));
        await SendAsync(services, new UploadDocumentPhoto(userId, travellerId, Upload()));
    }

    private static UploadedFile Upload() => new(new MemoryStream(TestImages.Png), TestImages.Png.Length);

    private static async Task<T> SendAsync<T>(IServiceProvider services, IRequest<T> request)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
