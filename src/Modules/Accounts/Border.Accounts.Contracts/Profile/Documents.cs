using Border.Shared.Uploads;
using MediatR;

namespace Border.Accounts.Contracts.Profile;

/// <summary>
/// The identity document of a traveller: the applicant (traveller id = their user id) or a group member. False when
/// the traveller is not the person's own: the page answers 404.
/// </summary>
public sealed record SaveIdentityDocument(
    Guid UserId, Guid TravellerId, string? Type, string? Number, string? IssuingCountry, DateParts ExpiresOn) : IRequest<bool>;

/// <summary>A photo or scan of the document; the new file's id, or null when the traveller is not the person's own.</summary>
public sealed record UploadDocumentPhoto(Guid UserId, Guid TravellerId, UploadedFile File) : IRequest<Guid?>;

/// <summary>A photo of the applicant's face, kept to compare with them at the port.</summary>
public sealed record UploadSelfie(Guid UserId, UploadedFile File) : IRequest<Guid>;

/// <summary>A file the person chose; null content when they chose none.</summary>
public sealed record UploadedFile(Stream? Content, long Length);

/// <summary>One of the person's own files, decrypted; null when it is not theirs or not there.</summary>
public sealed record OpenOwnFile(Guid UserId, Guid FileId, FileVariant Variant = FileVariant.Original) : IRequest<OpenedFile?>;

public sealed record OpenedFile(byte[] Content, string ContentType, string FileName);

public static class DocumentTypes
{
    public const string Passport = "passport";
    public const string NationalId = "national-id";
    public const string BirthCertificate = "birth-certificate";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Passport, NationalId, BirthCertificate, Other];
}
