namespace Border.Cases.Data;

/// <summary>What is known about a file the applicant sent; the bytes are kept by <see cref="Files.ICaseFileContents"/>.</summary>
internal sealed class CaseDocument
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public Guid? DocumentRequestId { get; init; }

    public Guid? AppealId { get; init; }

    /// <summary>The catalogue document a draft's file answers (<see cref="Contracts.Catalogue.RequiredDocument.Key"/>); null for later files.</summary>
    public string? DocumentKey { get; init; }

    public required string ContentType { get; init; }

    public int Length { get; init; }

    public DateTimeOffset StoredAt { get; init; }
}
