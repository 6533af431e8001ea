using MediatR;

namespace Border.Accounts.Contracts.Profile;

/// <summary>
/// Each save is one page of the profile (GOV.UK: one question group per page). Dates come as the day, month
/// and year the person typed, so a wrong date is explained rather than lost.
/// </summary>
public sealed record SaveName(Guid UserId, string? FullName, string? OtherNames) : IRequest<Unit>;

public sealed record SaveBirth(Guid UserId, DateParts DateOfBirth, string? Sex) : IRequest<Unit>;

public sealed record SaveNationality(Guid UserId, string? CountryOfBirth, string? Nationality) : IRequest<Unit>;

public sealed record SaveContact(Guid UserId, string? Phone) : IRequest<Unit>;

public sealed record SaveCurrentLocation(Guid UserId, string? City, string? State) : IRequest<Unit>;

public sealed record SaveDestination(Guid UserId, string? Street, string? Unit, string? City, string? State, string? Zip) : IRequest<Unit>;

public sealed record SaveLanguage(Guid UserId, string? Culture) : IRequest<Unit>;

/// <summary>A date as typed in three boxes.</summary>
public sealed record DateParts(string? Day, string? Month, string? Year)
{
    public static DateParts From(DateOnly? date) =>
        date is { } d ? new(d.Day.ToString(), d.Month.ToString(), d.Year.ToString()) : new(null, null, null);
}

public static class Sexes
{
    public const string Female = "female";
    public const string Male = "male";
    public const string Another = "x";

    public static readonly IReadOnlyList<string> All = [Female, Male, Another];
}
