namespace Border.Cases.Data;

/// <summary>A file's bytes, encrypted with the shared key ring; only <see cref="Files.EncryptedCaseFileContents"/> reads it.</summary>
internal sealed class CaseFileContent
{
    public Guid Id { get; init; }

    public required byte[] Ciphertext { get; init; }
}
