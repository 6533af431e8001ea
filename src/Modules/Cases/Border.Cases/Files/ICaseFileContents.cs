namespace Border.Cases.Files;

/// <summary>
/// Where the bytes of an applicant's files go. Border's shared upload service can replace this one implementation;
/// the cases only keep the id it returns with the file's type and length.
/// </summary>
internal interface ICaseFileContents
{
    /// <summary>Adds the file to the current unit of work; the caller's SaveChanges stores it.</summary>
    Guid Add(byte[] content, DateTimeOffset now);

    /// <summary>Adds the file under an id chosen by the caller (a file filed from elsewhere keeps its source's id).</summary>
    void Add(Guid id, byte[] content);

    Task<byte[]?> ReadAsync(Guid id, CancellationToken cancellationToken);
}
