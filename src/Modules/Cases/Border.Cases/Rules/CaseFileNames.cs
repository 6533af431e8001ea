using Border.Cases.Data;

namespace Border.Cases.Rules;

/// <summary>Server-made names for a case's files: the receipt (or "case") and the file's id, with the type's extension.</summary>
internal static class CaseFileNames
{
    public static string For(Case @case, CaseDocument document) =>
        $"{@case.Receipt ?? "case"}-{document.Id:N}{Extension(document.ContentType)}";

    private static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "application/pdf" => ".pdf",
        _ => "",
    };
}
